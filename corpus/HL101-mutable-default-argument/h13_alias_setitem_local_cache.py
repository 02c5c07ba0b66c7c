"""Price lookup: quotes are cached by a local alias of the default dict's __setitem__."""
import itertools


def quote(sku, qty, cache={}):  # expect: HL101 confirmed
    put = cache.__setitem__
    key = (sku, qty)
    if key not in cache:
        unit = 100 + len(sku) * 3
        put(key, unit * qty if qty < 10 else unit * qty * 9 // 10)
    return cache[key]


_items = itertools.count()


def scenario():
    n = next(_items)
    return quote(f"SKU-{n}", n % 12 + 1)
