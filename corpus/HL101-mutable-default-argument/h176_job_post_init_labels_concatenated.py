"""Background jobs for a task queue: `enqueue()` builds a `Job` with a
labels list, defaulting to the standard queue labels, and
`Job.__post_init__` adds the job's own labels by concatenation. `+` builds
a new list for the job, so the shared default is only read and each job's
labels die with the job."""
import dataclasses
import itertools

_jobs = itertools.count()


@dataclasses.dataclass
class Job:
    name: str
    queue: str
    labels: list

    def __post_init__(self):
        self.labels = self.labels + ["queue:" + self.queue, "job:" + self.name]


def enqueue(name, queue="default", labels=["retry:3", "owner:ops"]):  # expect: HL101 refuted
    return Job(name, queue, labels)


def scenario():
    n = next(_jobs)
    job = enqueue("resize-%d" % n, queue="q%d" % (n % 4))
    return job.name, len(job.labels)
