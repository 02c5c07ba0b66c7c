import itertools

from taskq import configure, run_task

_ids = itertools.count()
capture = configure()


def scenario():
    n = next(_ids)
    task = {"name": "resize-%d" % n, "args": [str(n), "7", str(n % 5)], "retries": n % 3}
    result = run_task(task)
    if result is None:
        return capture.tail()
    return result
