"""Job queue consumer: one resize message per call."""
import itertools

from jobs import tasks, worker

_ids = itertools.count()


def scenario():
    n = next(_ids)
    message = {"id": f"job-{n}", "task": "resize", "args": (640 + n % 7, 480)}
    return worker.run(tasks, message)
