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
                job.done = True  # keep it listed so `jobs status` can show it ran
            else:
                job.due = now + job.interval
    return ran
