"""Job scheduler: Priority is an Enum whose members carry a rank and a label;
enqueue() records the most recent job of each priority in a default dict for
the status page. The key is the enum member, one of three, and the value is
replaced on each submission, so the dict never holds more than three jobs."""
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

    def enqueue(self, job, _latest={}):  # expect: HL101 refuted
        _latest[self] = job
        return f"{self.label}#{job['id']}"


def scenario():
    n = next(_submissions)
    priority = list(Priority)[n % 3]
    job = {"id": n, "task": f"reindex shard {n}", "attempts": 0}
    return priority.enqueue(job)
