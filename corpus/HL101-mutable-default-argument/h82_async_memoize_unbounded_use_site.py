"""Service client: an async memoize decorator caches awaited lookups in an LRU table."""
import asyncio
import collections
import functools
import itertools


def async_memoize(maxsize=128, _cache=collections.OrderedDict()):  # expect: HL101 confirmed
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args):
            key = (fn.__qualname__, args)
            if key in _cache:
                _cache.move_to_end(key)
                return _cache[key]
            result = await fn(*args)
            _cache[key] = result
            if maxsize is not None and len(_cache) > maxsize:
                _cache.popitem(last=False)
            return result
        return wrapper
    return decorate


@async_memoize(maxsize=None)
async def resolve_account(account_id):
    await asyncio.sleep(0)
    return {"id": account_id, "region": ("eu", "us")[account_id % 2]}


async def render_invoice(account_id, amount):
    account = await resolve_account(account_id)
    again = await resolve_account(account_id)
    return f"{account['id']}@{again['region']}: {amount:.2f}"


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    return asyncio.run(render_invoice(n, n * 1.5))
