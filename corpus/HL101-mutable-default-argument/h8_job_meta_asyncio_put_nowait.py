"""Async worker pool: enqueue() tags a shared meta default with the last job id and puts (job, meta) on an asyncio.Queue with put_nowait."""
import asyncio
import itertools


def enqueue(queue, job, meta={}):  # expect: HL101 unknown
    meta["last_id"] = job["id"]
    meta["depth"] = queue.qsize() + 1
    queue.put_nowait((job, meta))
    return meta["depth"]


_queue = asyncio.Queue()
_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    enqueue(_queue, {"id": f"job-{n}", "args": (n,)})
    job, meta = _queue.get_nowait()
    _queue.task_done()
    return job["id"]
