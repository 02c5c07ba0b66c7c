"""Checkout service: each call counts one new order event per shop and per region."""
import itertools

import tally

_orders = itertools.count(1)
_shop = tally.ShopTally()
_regions = tally.RegionTally()


def scenario():
    n = next(_orders)
    event = {"order_id": f"ord-{n}", "status": ("new", "paid", "shipped")[n % 3], "region": f"eu-{n % 4}"}
    return _shop.observe(event), _regions.observe(event)
