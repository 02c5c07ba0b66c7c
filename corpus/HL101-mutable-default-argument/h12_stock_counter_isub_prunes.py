"""Warehouse: holds are added to a shared Counter and released with -=, which drops keys that reach zero."""
import itertools
from collections import Counter


def hold_and_release(order_items, held=Counter()):  # expect: HL101 refuted
    held.update(order_items)
    busy = sum(1 for qty in held.values() if qty > 0)
    held -= Counter(order_items)
    return busy


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return hold_and_release({f"sku-{n}-a": 2, f"sku-{n}-b": 1})
