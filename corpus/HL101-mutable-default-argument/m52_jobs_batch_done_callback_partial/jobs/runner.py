"""Runs a batch of coroutines as tasks; unfinished ones are listed on /status."""
import asyncio
import functools


def in_flight(_tasks={}):  # expect: HL101 refuted
    return _tasks


def _finished(job_id, task):
    in_flight().pop(job_id, None)


def submit(batch):
    running = in_flight()
    tasks = []
    for job_id, coro in batch:
        task = running[job_id] = asyncio.ensure_future(coro)
        task.add_done_callback(functools.partial(_finished, job_id))
        tasks.append(task)
    return tasks
