"""Background jobs for a task queue: `enqueue()` builds a `Job` with a
labels list, defaulting to the standard queue labels, and
`Job.__post_init__` extends that list with the job's own labels. The list
passed in is the default itself, so each job's labels are appended to the
shared default and stay alive after the job is gone."""
import dataclasses
import itertools

_jobs = itertools.count()


@dataclasses.dataclass
class Job:
    name: str
    queue: str
    labels: list

    def __post_init__(self):
        self.labels.extend(["queue:" + self.queue, "job:" + self.name])


def enqueue(name, queue="default", labels=["retry:3", "owner:ops"]):  # expect: HL101 confirmed
    return Job(name, queue, labels)


def scenario():
    n = next(_jobs)
    job = enqueue("resize-%d" % n, queue="q%d" % (n % 4))
    return job.name, len(job.labels)
