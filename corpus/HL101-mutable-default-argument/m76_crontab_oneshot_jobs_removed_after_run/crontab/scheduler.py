"""scheduler: each tick runs the jobs that are due and reschedules the periodic ones."""
from . import registry


def tick(now):
    ran = []
    for job in list(registry.JOBS):
        if job.done or job.due > now:
            continue
        try:
            job.fn()
            ran.append(job.name)
        finally:
            if job.interval is None:
                registry.JOBS.remove(job)  # one-shot: drop it once it has run
            else:
                job.due = now + job.interval
    return ran
