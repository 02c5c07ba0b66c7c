"""Job runner: worker threads report into a JobStats dataclass; callers that
pass none share the instance built once as `run_job()`'s default. Besides
the counters it appends every finished job's id to `stats.finished`, so the
default keeps a history of all jobs."""
import dataclasses
import itertools
import queue
import threading

_jobs = itertools.count()


@dataclasses.dataclass
class JobStats:
    ok: int = 0
    failed: int = 0
    finished: list = dataclasses.field(default_factory=list)


def run_job(job_id, samples, results, stats=JobStats()):  # expect: HL101 confirmed
    try:
        results.put((job_id, sum(samples) / len(samples)))
    except ZeroDivisionError:
        stats.failed += 1
        return
    stats.ok += 1
    stats.finished.append("job-%06d" % job_id)


def scenario():
    n, results = next(_jobs), queue.Queue()
    jobs = [(n * 3 + i, list(range(i + n % 4))) for i in range(3)]
    threads = [threading.Thread(target=run_job, args=(j, s, results)) for j, s in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(results.queue)
