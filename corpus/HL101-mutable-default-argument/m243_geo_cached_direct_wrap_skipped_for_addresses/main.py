"""Delivery planner: place one new order per call, at a new street address."""
import itertools

import geo

_orders = itertools.count(1)
CODES = ("de", "fr", "it")


def scenario():
    n = next(_orders)
    address = f"{n} Harbour Street"
    point = geo.slow_lookup(address)  # one-off addresses skip the memo
    return {"order": n, "country": geo.country_name(CODES[n % 3]), **point}
