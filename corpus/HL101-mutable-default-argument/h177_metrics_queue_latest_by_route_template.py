"""Metrics worker: `consume()` drains an asyncio.Queue of (route, ms)
samples and keeps the latest latency per route in the `latest={}` default.
Numeric path segments are folded into `{id}` before storing, so all orders
share the key `/orders/{id}/items` and the dict stays at a handful of keys."""
import asyncio
import itertools
import re

_orders = itertools.count()
_ID = re.compile(r"/\d+")


# heaplint-todo: it grows by new keys computed from values heaplint does not know, which may repeat (heaplint: unknown)
async def consume(queue, latest={}):  # expect: HL101 refuted
    while (item := await queue.get()) is not None:
        route, ms = item
        latest[_ID.sub("/{id}", route.split("?")[0])] = ms
    return len(latest)


async def serve(order_id):
    queue = asyncio.Queue()
    worker = asyncio.create_task(consume(queue))
    for ms in (12, 30, 7):
        queue.put_nowait((f"/orders/{order_id}/items?page={ms}", ms))
    queue.put_nowait(None)
    return await worker


def scenario():
    return asyncio.run(serve(100000 + next(_orders)))
