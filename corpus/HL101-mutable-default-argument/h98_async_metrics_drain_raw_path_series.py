"""Metrics agent: request handlers put (series, value) samples on an
asyncio.Queue, and `drain` empties the queue once per batch into running
totals kept in a defaultdict default, so counters survive between batches.
The handlers label each series with the raw request path, which carries the
order id, so every batch opens new series that are never dropped."""
import asyncio
import functools
import itertools
from collections import defaultdict


async def handle(queue, order_id):
    path = "/api/orders/%d/items" % order_id
    queue.put_nowait(('http_requests_total{path="%s"}' % path, 1))
    queue.put_nowait(('http_latency_ms_sum{path="%s"}' % path, 3 + order_id % 5))


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 19 (heaplint: unknown)
async def drain(queue, totals=defaultdict(float)):  # expect: HL101 confirmed
    while not queue.empty():
        series, value = await queue.get()
        totals[series] += value
        queue.task_done()
    return max(totals.items(), key=lambda kv: kv[1])


async def batch(order_ids):
    queue = asyncio.Queue()
    await asyncio.gather(*map(functools.partial(handle, queue), order_ids))
    return await drain(queue)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return asyncio.run(batch(range(n * 4, n * 4 + 4)))
