"""Thumbnail service: each batch of jobs goes through an asyncio.Queue served by
three worker coroutines. Every worker records in its `stats={}` default the
position at which each job finished, keyed by the job id, so the shared
default gains one entry per job of every batch and never drops any."""
import asyncio
import itertools

_batches = itertools.count()
KINDS = ("resize", "crop", "watermark")


# heaplint-todo: a worker's `while True` loop over `await queue.get()` did not end within the loop bound; the model does not cancel the worker tasks (heaplint: unknown)
async def worker(queue, done, stats={}):  # expect: HL101 confirmed
    while True:
        job = await queue.get()
        try:
            done.append(f"{job['kind']}:{job['image']}")
            stats[job["id"]] = len(done)
        finally:
            queue.task_done()


async def run_batch(jobs):
    queue, done = asyncio.Queue(), []
    workers = [asyncio.create_task(worker(queue, done)) for _ in range(3)]
    for job in jobs:
        queue.put_nowait(job)
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return done


def scenario():
    n = next(_batches)
    jobs = [{"id": f"job-{n}-{i}", "kind": KINDS[i % 3], "image": f"img/{n}/{i}.png"}
            for i in range(5)]
    return len(asyncio.run(run_batch(jobs)))
