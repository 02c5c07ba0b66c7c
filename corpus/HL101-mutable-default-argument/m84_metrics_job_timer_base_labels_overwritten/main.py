"""Image worker: each call processes one queued job under a timer."""
import itertools

import jobs
from telemetry import statsd

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    job = {"id": f"job-{n:06d}", "image": f"uploads/{n}.png", "width": 64 + n % 512}
    result = jobs.resize_image(job) if n % 3 else jobs.make_thumbnail(job)
    line = statsd.buffer.lines[-1]
    assert f"job_id={job['id']}" in line, line
    return result
