"""Order placement: notify the customer and journal the order, both in the background."""
import asyncio
import itertools

from services import *  # noqa: F403

_orders = itertools.count(1)
_loop = asyncio.new_event_loop()


async def place_order(n):
    outbox, journal = [], []
    order_id = f"ORD-{n:07d}"
    pending = [
        notify(outbox, f"user-{n % 211}", f"Order {order_id} confirmed"),  # noqa: F405
        record(journal, order_id, "placed"),  # noqa: F405
    ]
    await asyncio.gather(*pending)
    return outbox, journal


def scenario():
    return _loop.run_until_complete(place_order(next(_orders)))
