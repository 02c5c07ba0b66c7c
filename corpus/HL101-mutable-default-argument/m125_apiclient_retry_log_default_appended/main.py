"""Profile service: each call serves a batch of profile requests on a fresh event loop."""
import asyncio
import itertools

from handlers import load_profile
from netclient import ApiClient, FlakyTransport

_ids = itertools.count(1)
client = ApiClient(FlakyTransport())


async def _serve(batch):
    return await asyncio.gather(*(load_profile(client, uid) for uid in batch))


def scenario():
    n = next(_ids)
    batch = [n * 3, n * 3 + 1, n * 3 + 2]
    results = asyncio.run(_serve(batch))
    assert [r["attempts"] for r in results] == [3, 3, 3], results
    return results
