"""HTTP client: `fetch()` limits concurrency per upstream with an
asyncio.Semaphore kept in the `_limits={}` default. The key is the full
host, and every tenant has its own subdomain (`t123.api.example.com`), so
each new tenant leaves a Semaphore behind."""
import asyncio
import itertools

_tenants = itertools.count()


async def fetch(host, path, _limits={}):  # expect: HL101 confirmed
    key = host
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
