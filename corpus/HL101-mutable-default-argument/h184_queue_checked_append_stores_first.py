"""Task queue front-end: CheckedAppend is a callable that appends a task to
the target list and then validates it with its check. enqueue() uses a
default list as the pending queue; these maintenance tasks carry a negative
priority and are rejected, but only after the append, so they stay queued."""
import itertools

_tasks = itertools.count()


class PriorityInRange:
    def __call__(self, task):
        return isinstance(task[1], int) and 0 <= task[1] <= 9


class CheckedAppend:
    def __init__(self, check):
        self.check = check

    def __call__(self, item, into):
        into.append(item)
        if not self.check(item):
            raise ValueError(f"rejected {item!r}")
        return len(into)


add_checked = CheckedAppend(PriorityInRange())


def enqueue(name, priority, pending=[]):  # expect: HL101 confirmed
    try:
        return add_checked((name, priority), pending)
    except ValueError:
        return -1


def scenario():
    n = next(_tasks)
    return enqueue(f"reindex-shard-{n}-of-catalog", -1 - n % 3)
