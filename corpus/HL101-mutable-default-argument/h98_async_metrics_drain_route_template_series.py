"""Metrics agent: request handlers put (series, value) samples on an
asyncio.Queue, and `drain` empties the queue once per batch into running
totals kept in a defaultdict default, so counters survive between batches.
The handlers label each series with the route template, not the raw path, so
the set of series is fixed and only their totals change."""
import asyncio
import functools
import itertools
import re
from collections import defaultdict

ID_SEGMENT = re.compile(r"/\d+(?=/|$)")


async def handle(queue, order_id):
    route = ID_SEGMENT.sub("/{id}", "/api/orders/%d/items" % order_id)
    queue.put_nowait(('http_requests_total{route="%s"}' % route, 1))
    queue.put_nowait(('http_latency_ms_sum{route="%s"}' % route, 3 + order_id % 5))


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 22 (heaplint: unknown)
async def drain(queue, totals=defaultdict(float)):  # expect: HL101 refuted
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
