"""Telemetry batcher: `flush_ready()` is awaited per request with that
request's (metric, value) samples and returns the slow ones in the current
window. `window += samples` extends the list default in place, so the
samples of every request ever handled stay in it."""
import asyncio
import itertools

_requests = itertools.count()


async def flush_ready(samples, window=[]):  # expect: HL101 confirmed
    window += samples
    await asyncio.sleep(0)
    return [name for name, value in window[-len(samples):] if value > 100]


def scenario():
    n = next(_requests)
    samples = [(f"req.{n}.db_ms", n % 150), (f"req.{n}.render_ms", 40 + n % 90)]
    return len(asyncio.run(flush_ready(samples)))
