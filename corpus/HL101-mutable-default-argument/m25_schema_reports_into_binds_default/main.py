"""Schema import: each uploaded column name is checked before use."""
import itertools

from schema.names import check_column

_columns = itertools.count()


def scenario():
    n = next(_columns)
    return len(check_column(f"col-{n}" if n % 2 else f"col_{n}"))
