"""Order API: each call dispatches a batch through the middleware-wrapped routes."""
import asyncio
import itertools

from shop import OrdersClient, dispatch

_seq = itertools.count(1)
client = OrdersClient()


async def _serve(batch):
    return await asyncio.gather(*(dispatch(client, req) for req in batch))


def scenario():
    n = next(_seq)
    batch = [
        {"route": "create", "id": "r%d-a" % n, "sku": "ab-1", "qty": 2},
        {"route": "create", "id": "r%d-b" % n, "sku": "cd-2", "qty": 0},
        {"route": "create", "id": "r%d-c" % n, "sku": "ef-3", "qty": -1},
        {"route": "cancel", "id": "r%d-d" % n, "order": "o-%d" % n},
    ]
    results = asyncio.run(_serve(batch))
    assert results[0] == "created" and results[1].startswith("rejected"), results
    assert results[2].startswith("rejected") and results[3] == "cancelled", results
    return results
