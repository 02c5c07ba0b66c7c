"""Runs a batch of coroutines as tasks; unfinished ones are listed on /status."""
import asyncio


def in_flight(_tasks={}):  # expect: HL101 confirmed
    return _tasks


def submit(batch):
    running = in_flight()
    tasks = []
    for job_id, coro in batch:
        task = running[job_id] = asyncio.ensure_future(coro)
        task.add_done_callback(lambda _task: running.pop(job_id, None))
        tasks.append(task)
    return tasks
