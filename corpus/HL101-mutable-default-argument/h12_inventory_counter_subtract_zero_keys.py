"""Warehouse: reservations are added to a shared Counter and subtracted on release, which keeps zero-count keys."""
import itertools
from collections import Counter


def reserve_and_release(order_items, reserved=Counter()):  # expect: HL101 confirmed
    reserved.update(order_items)
    busy = sum(1 for qty in reserved.values() if qty > 0)
    reserved.subtract(order_items)
    return busy


_orders = itertools.count()


def scenario():
    n = next(_orders)
    items = {f"sku-{n}-a": 2, f"sku-{n}-b": 1}
    return reserve_and_release(items)
