"""Job specs for a task queue are ``NamedTuple``s; ``schedule`` derives each
job from a base spec with ``_replace`` and tags it with its queue and owner."""
import itertools
from typing import NamedTuple

_jobs = itertools.count()


class JobSpec(NamedTuple):
    name: str
    queue: str
    tags: list
    retries: int = 3


def schedule(name, queue, owner, base=JobSpec("", "default", [])):  # expect: HL101 confirmed
    job = base._replace(name=name, queue=queue)
    job.tags.append(("queue", queue, owner))
    return job


def scenario():
    n = next(_jobs)
    job = schedule("resize-%d" % n, ("images", "thumbnails")[n % 2], "user-%d" % n)
    return job.name, job.retries, job.tags[-1]
