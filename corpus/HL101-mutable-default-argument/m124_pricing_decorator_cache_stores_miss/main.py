"""Quote page: every call prices a basket line for a new catalogue item."""
import itertools

from pricing import list_price

_items = itertools.count()


def scenario():
    n = next(_items)
    return round(list_price(f"SKU-{n:06d}") * (n % 5 + 1), 2)
