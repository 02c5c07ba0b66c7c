"""Edge proxy: each call forwards a batch of fresh requests upstream."""
import asyncio
import itertools

from routes import proxy_request

_seq = itertools.count(1)


async def _serve(paths):
    return await asyncio.gather(*(proxy_request(path, {"n": i}) for i, path in enumerate(paths)))


def scenario():
    n = next(_seq)
    paths = ["/carts/%d" % n, "/carts/%d/items" % n, "/prices/%d" % n]
    results = asyncio.run(_serve(paths))
    assert all(r["status"] == 200 for r in results), results
    return results
