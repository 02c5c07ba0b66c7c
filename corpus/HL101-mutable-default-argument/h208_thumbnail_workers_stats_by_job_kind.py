"""Thumbnail service: each batch of jobs goes through an asyncio.Queue served by
three worker coroutines. Every worker tallies what it processed in its
`stats={}` default keyed by job kind ("resize", "crop", "watermark"), so the
shared tally holds three counters however many batches and jobs run."""
import asyncio
import itertools

_batches = itertools.count()
KINDS = ("resize", "crop", "watermark")


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see (`job["kind"]` of items an `asyncio.Queue` hands back), which may repeat (heaplint: unknown)
async def worker(queue, done, stats={}):  # expect: HL101 refuted
    while True:
        job = await queue.get()
        try:
            done.append(f"{job['kind']}:{job['image']}")
            stats[job["kind"]] = stats.get(job["kind"], 0) + 1
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
