"""Notification worker: each batch of events is fanned out concurrently on a fresh event loop."""
import asyncio
import itertools

from notify import fan_out

_batches = itertools.count()


def scenario():
    n = next(_batches)
    events = [{"id": "evt-%d-%d" % (n, i), "to": "user%d@example.com" % i} for i in range(3)]
    return asyncio.run(fan_out(events))
