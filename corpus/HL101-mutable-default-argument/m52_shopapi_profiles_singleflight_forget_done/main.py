"""Order pages: each request shows one order with its buyer and seller."""
import asyncio
import itertools

import shopapi.orders as orders

_loop = asyncio.new_event_loop()
_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    order = {"id": n, "buyer": 1000 + n, "seller": n % 5, "total": n * 3.25}
    return _loop.run_until_complete(orders.order_page(order))
