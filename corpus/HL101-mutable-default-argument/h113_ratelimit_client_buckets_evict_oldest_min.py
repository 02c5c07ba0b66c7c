"""API gateway: token-bucket rate limiting per client address. The bucket
table is capped: once it holds more than MAX_CLIENTS entries the bucket
that was refilled longest ago is evicted, found with min() over the keys."""
import asyncio
import itertools

_requests = itertools.count()
RATE, BURST, MAX_CLIENTS = 5.0, 10.0, 16


async def allow(client, now, buckets={}):  # expect: HL101 refuted
    tokens, last = buckets.setdefault(client, [BURST, now])
    tokens = min(BURST, tokens + (now - last) * RATE)
    if tokens < 1.0:
        buckets[client] = [tokens, now]
        return False
    buckets[client] = [tokens - 1.0, now]
    if len(buckets) > MAX_CLIENTS:
        del buckets[min(buckets, key=lambda c: buckets[c][1])]
    return True


async def handle(request):
    if not await allow(request["client"], request["ts"]):
        return 429, {"Retry-After": "1"}
    return 200, {"X-Client": request["client"]}


def scenario():
    n = next(_requests)
    return asyncio.run(handle({"client": f"203.0.113.{n % 256}:{1024 + n}", "ts": n * 0.01}))
