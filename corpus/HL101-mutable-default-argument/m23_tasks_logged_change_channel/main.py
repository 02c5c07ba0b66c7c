"""Task tracker: each request closes one ticket."""
import itertools

from tasks import Task

_tickets = itertools.count()


def scenario():
    n = next(_tickets)
    task = Task(f"ticket #{n}")
    return task.close(f"agent-{n % 13}"), len(task.change_log)
