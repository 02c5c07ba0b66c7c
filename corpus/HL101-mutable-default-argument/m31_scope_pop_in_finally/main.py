import itertools

from tracekit import JobFailed, JobRunner

_counter = itertools.count()
_runner = JobRunner("emails")


def scenario():
    n = next(_counter)
    payload = {"items": list(range(n % 7)), "poison": n % 2 == 0}
    try:
        return _runner.run(n, payload)
    except JobFailed:
        return None
