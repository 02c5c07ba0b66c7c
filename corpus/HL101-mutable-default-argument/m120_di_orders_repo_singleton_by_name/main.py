"""Order API worker: every request places one order through the shop service."""
import itertools

from shop import place_order

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return place_order(f"req-{n}", f"sku-{n % 7}", n % 3 + 1)
