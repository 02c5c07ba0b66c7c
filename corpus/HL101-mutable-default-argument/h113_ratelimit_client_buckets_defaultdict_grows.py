"""API gateway: token-bucket rate limiting per client address. Buckets are
created on first sight by a defaultdict default and are never expired, so
every client that ever connected keeps its bucket."""
import asyncio
import collections
import itertools

_requests = itertools.count()
RATE, BURST = 5.0, 10.0


def _full_bucket():
    return [BURST, 0.0]


async def allow(client, now, buckets=collections.defaultdict(_full_bucket)):  # expect: HL101 confirmed
    tokens, last = buckets[client]
    tokens = min(BURST, tokens + (now - last) * RATE)
    if tokens < 1.0:
        buckets[client] = [tokens, now]
        return False
    buckets[client] = [tokens - 1.0, now]
    return True


async def handle(request):
    if not await allow(request["client"], request["ts"]):
        return 429, {"Retry-After": "1"}
    return 200, {"X-Client": request["client"]}


def scenario():
    n = next(_requests)
    return asyncio.run(handle({"client": f"203.0.113.{n % 256}:{1024 + n}", "ts": n * 0.01}))
