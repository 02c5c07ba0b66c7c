"""@timed: time a job and write its sample, tagged with the job's labels."""
import functools
import time

from . import statsd
from .labels import LabelSet


def timed(kind):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(job):
            labels = LabelSet("image-worker").bind(kind=kind, job_id=job["id"])
            start = time.perf_counter()
            try:
                result = fn(job)
                labels.bind(outcome="ok")
                return result
            except ValueError:
                labels.bind(outcome="rejected")
                return None
            finally:
                elapsed_ms = (time.perf_counter() - start) * 1000
                statsd.buffer.write(statsd.format_sample("worker.job.ms", labels, elapsed_ms))
        return wrapper
    return decorate
