"""Queue-driven job runner: workers track in-flight job ids for a status page."""
import asyncio
import itertools

_batches = itertools.count()


async def handle(job_id):
    if job_id % 3 == 0:
        raise ValueError(f"job {job_id}: malformed payload")
    return {"id": job_id, "status": "done"}


async def worker(queue, results, inflight=set()):  # expect: HL101 refuted
    while True:
        job_id = await queue.get()
        inflight.add(job_id)
        try:
            results.append(await handle(job_id))
        except ValueError as exc:
            results.append({"id": job_id, "status": "failed", "error": str(exc)})
        finally:
            inflight.discard(job_id)
            queue.task_done()


async def process(job_ids, concurrency=2):
    queue = asyncio.Queue()
    for job_id in job_ids:
        queue.put_nowait(job_id)
    results = []
    workers = [asyncio.create_task(worker(queue, results)) for _ in range(concurrency)]
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return sorted(r["id"] for r in results if r["status"] == "failed")


def scenario():
    base = next(_batches) * 4 + 1000
    return asyncio.run(process(range(base, base + 4)))
