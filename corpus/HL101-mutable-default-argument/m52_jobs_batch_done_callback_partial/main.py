"""Checkout service: each request places one order."""
import asyncio
import itertools

from checkout import run_checkout

_loop = asyncio.new_event_loop()
_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    order = {"id": f"ORD-{n:07d}", "sku": f"SKU-{n % 40}", "qty": n % 4 + 1, "email": f"c{n}@example.org"}
    return _loop.run_until_complete(run_checkout(order))
