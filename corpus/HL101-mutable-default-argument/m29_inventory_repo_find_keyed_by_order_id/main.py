"""Warehouse API: each request ships one new order to one of the regions."""
import itertools

from inventory import ship_order

_orders = itertools.count()
_regions = itertools.cycle("nsew")


def scenario():
    n = next(_orders)
    return ship_order(f"ord-{n:06d}", next(_regions), weight=1 + n % 9)
