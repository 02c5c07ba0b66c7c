"""Async API client: concurrent requests for the same resource share one in-flight task."""
import asyncio
import itertools


async def _get(url):
    return {"url": url, "etag": f'W/"{len(url):x}"'}


def fetch(url, _inflight={}):  # expect: HL101 refuted
    key = url.lower()
    task = _inflight.get(key)
    if task is None:
        task = asyncio.ensure_future(_get(url))
        _inflight[key] = task
        task.add_done_callback(lambda _t: _inflight.pop(key, None))
    return task


async def load_dashboard(order_id):
    url = f"https://api.example.com/v2/Orders/{order_id}"
    order, same = await asyncio.gather(fetch(url), fetch(url))
    lines = await fetch(url + "/Lines")
    return order["etag"], same is order, lines["url"]


_orders = itertools.count()


def scenario():
    return asyncio.run(load_dashboard(next(_orders)))
