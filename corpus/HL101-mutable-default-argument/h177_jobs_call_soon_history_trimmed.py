"""Job runner: when a job's coroutine finishes, `run_job()` schedules
`_record_done()` with loop.call_soon so bookkeeping runs after the job
returns. The callback appends a summary line to its `history=[]` default
and then trims it to the last 20 entries, so the list stays bounded."""
import asyncio
import itertools

_jobs = itertools.count()


def _record_done(job_id, status, history=[]):  # expect: HL101 refuted
    history.append(f"job {job_id} finished with status {status}")
    del history[:-20]
    return len(history)


async def run_job(job_id, values):
    loop = asyncio.get_running_loop()
    total = sum(v * v for v in values)
    loop.call_soon(_record_done, job_id, "ok" if total else "empty")
    await asyncio.sleep(0)
    return total


def scenario():
    n = next(_jobs)
    return asyncio.run(run_job(f"export-{n:06d}", range(n % 7, n % 7 + 5)))
