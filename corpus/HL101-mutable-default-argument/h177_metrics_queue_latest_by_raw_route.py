"""Metrics worker: `consume()` drains an asyncio.Queue of (route, ms)
samples and keeps the latest latency per route in the `latest={}` default.
It only strips the query string, and routes carry the order id
(`/orders/1234/items`), so every request adds a new key for good."""
import asyncio
import itertools

_orders = itertools.count()


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
async def consume(queue, latest={}):  # expect: HL101 confirmed
    while (item := await queue.get()) is not None:
        route, ms = item
        latest[route.split("?")[0]] = ms
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
