"""Job runner: worker threads report into a JobStats dataclass; callers that
pass none share the instance built once as `run_job()`'s default. Besides
the counters it only rebinds `stats.last` to the newest finished job's id,
so the default holds one id whatever the number of jobs."""
import dataclasses
import itertools
import queue
import threading

_jobs = itertools.count()


@dataclasses.dataclass
class JobStats:
    ok: int = 0
    failed: int = 0
    last: str = ""


def run_job(job_id, samples, results, stats=JobStats()):  # expect: HL101 refuted
    try:
        results.put((job_id, sum(samples) / len(samples)))
    except ZeroDivisionError:
        stats.failed += 1
        return
    stats.ok += 1
    stats.last = "job-%06d" % job_id


def scenario():
    n, results = next(_jobs), queue.Queue()
    jobs = [(n * 3 + i, list(range(i + n % 4))) for i in range(3)]
    threads = [threading.Thread(target=run_job, args=(j, s, results)) for j, s in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(results.queue)
