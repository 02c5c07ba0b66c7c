"""Order history: every edit of an order writes one revision row that tracks
the fields the edit touched."""
import itertools

from history import OrderRevision

_edits = itertools.count()


def scenario():
    n = next(_edits)
    rev = OrderRevision(order_id=n)
    rev.track(f"line_{n % 40}_qty")
    return rev.select_sql()
