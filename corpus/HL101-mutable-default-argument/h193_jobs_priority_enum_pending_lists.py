"""Job scheduler: Priority is an Enum whose members carry a rank and a label;
enqueue() files a job under its priority in a default dict of lists that the
worker is supposed to drain, but nothing here drains it, so every submitted
job stays in the list of its priority."""
import enum
import itertools

_submissions = itertools.count()


class Priority(enum.Enum):
    URGENT = (1, "urgent")
    NORMAL = (2, "normal")
    LOW = (3, "low")

    def __init__(self, rank, label):
        self.rank = rank
        self.label = label

    def enqueue(self, job, _pending={}):  # expect: HL101 confirmed
        _pending.setdefault(self, []).append(job)
        return f"{self.label}#{job['id']}"


def scenario():
    n = next(_submissions)
    priority = list(Priority)[n % 3]
    job = {"id": n, "task": f"reindex shard {n}", "attempts": 0}
    return priority.enqueue(job)
