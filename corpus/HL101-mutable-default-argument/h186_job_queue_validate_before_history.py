"""Job queue: RetryableJob calls Job.__init__ directly with its history list.
Job validates the priority before recording the submission; the intake path
exercised here receives jobs from a client still on the old 10..19 priority
scale, so Job raises before the append and the shared default stays empty."""
import itertools

_ids = itertools.count()


class Job:
    def __init__(self, name, priority, history):
        if not 0 <= priority <= 9:
            raise ValueError(f"priority {priority} out of range for {name}")
        history.append((name, priority))
        self.name, self.priority, self.history = name, priority, history


class RetryableJob(Job):
    def __init__(self, name, priority, retries=3, history=[]):  # expect: HL101 refuted
        Job.__init__(self, name, priority, history)
        self.retries = retries


def scenario():
    n = next(_ids)
    try:
        job = RetryableJob(f"reindex-shard-{n}", 10 + n % 10)
    except ValueError as exc:
        return f"rejected: {exc}"
    return f"queued {job.name}"
