"""HTTP client: `fetch()` limits concurrency per upstream with an
asyncio.Semaphore kept in the `_limits={}` default. Tenants have their own
subdomain (`t123.api.example.com`) but share one API cluster, so the key
drops the first label and all tenants share the `api.example.com` limit."""
import asyncio
import itertools

_tenants = itertools.count()


async def fetch(host, path, _limits={}):  # expect: HL101 refuted
    key = host.partition(".")[2]
    limit = _limits.setdefault(key, asyncio.Semaphore(4))
    async with limit:
        await asyncio.sleep(0)
        return f"https://{host}{path}"


async def sync_tenant(tenant):
    host = f"t{tenant}.api.example.com"
    paths = ("/users", "/groups", "/roles")
    return await asyncio.gather(*(fetch(host, p) for p in paths))


def scenario():
    return len(asyncio.run(sync_tenant(next(_tenants))))
