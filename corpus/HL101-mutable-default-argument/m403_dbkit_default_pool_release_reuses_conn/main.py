"""Order lookup: one query per call, for a new order id."""
import itertools

from dbkit import query

_ids = itertools.count()


def scenario():
    n = next(_ids)
    rows = query("SELECT * FROM orders WHERE id = ?", (n,))
    return len(rows)
