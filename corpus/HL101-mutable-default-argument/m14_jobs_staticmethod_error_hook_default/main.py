import itertools

from jobs.worker import ResizeJob

_ids = itertools.count()


def scenario():
    n = next(_ids)
    job = ResizeJob(f"img-{n}.png", width=0 if n % 2 else 640)
    return job.run()
