"""Async task queue: submit() wraps a call in a Job and puts it on an
asyncio.Queue, forwarding extra keyword arguments to the job function. The
priority tag is added by building a new list from the default tags, so the
default itself is only ever read."""
import asyncio
import itertools
from dataclasses import dataclass

_jobs = itertools.count()


@dataclass
class Job:
    fn: object
    kwargs: dict
    tags: list


def submit(queue, fn, *, priority="normal", tags=[], **kwargs):  # expect: HL101 refuted
    tags = [*tags, f"priority:{priority}"]
    queue.put_nowait(Job(fn, kwargs, tags))


async def drain(queue):
    results = []
    while not queue.empty():
        job = queue.get_nowait()
        results.append((await job.fn(**job.kwargs), len(job.tags)))
    return results


async def send_receipt(order_id, email):
    return f"receipt {order_id} -> {email}"


def scenario():
    n = next(_jobs)
    queue = asyncio.Queue()
    submit(queue, send_receipt, order_id=n, email=f"buyer{n}@example.com")
    return asyncio.run(drain(queue))
