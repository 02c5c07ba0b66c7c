"""Login gateway: each call logs a batch of new users in, one client per request."""
import asyncio
import itertools

from handlers import handle_login

_users = itertools.count(1)


async def _serve(requests):
    return await asyncio.gather(*(handle_login(req) for req in requests))


def scenario():
    n = next(_users)
    requests = [{"user": "u%d-%s" % (n, tag), "password": "pw-" + tag} for tag in "abc"]
    results = asyncio.run(_serve(requests))
    assert all(r["status"] == 200 for r in results), results
    return results
