"""Job queue: RetryableJob calls Job.__init__ directly with its history list.
Job records the submission before validating the priority; jobs from a
client still on the old 10..19 scale are rejected, but only after their
(name, priority) entry was appended to the shared default history."""
import itertools

_ids = itertools.count()


class Job:
    def __init__(self, name, priority, history):
        history.append((name, priority))
        if not 0 <= priority <= 9:
            raise ValueError(f"priority {priority} out of range for {name}")
        self.name, self.priority, self.history = name, priority, history


class RetryableJob(Job):
    def __init__(self, name, priority, retries=3, history=[]):  # expect: HL101 confirmed
        Job.__init__(self, name, priority, history)
        self.retries = retries


def scenario():
    n = next(_ids)
    try:
        job = RetryableJob(f"reindex-shard-{n}", 10 + n % 10)
    except ValueError as exc:
        return f"rejected: {exc}"
    return f"queued {job.name}"
