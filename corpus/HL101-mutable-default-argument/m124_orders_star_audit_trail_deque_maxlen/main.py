"""Order API: every call places a new order and shows the latest audit lines."""
import itertools

from orders.service import place, recent

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    placed = place(f"ORD-{n:06d}", n * 1.5)
    return placed, recent(3)
