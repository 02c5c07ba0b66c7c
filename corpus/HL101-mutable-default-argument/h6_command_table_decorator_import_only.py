"""CLI: a decorator registers commands in a default dict; it runs only at import, the commands run per call."""
import itertools


def command(fn, _table={}):  # expect: HL101 refuted
    _table[fn.__name__] = fn
    return fn


@command
def status(job):
    return f"{job}: running"


@command
def cancel(job):
    return f"{job}: cancelled"


_jobs = itertools.count()


def scenario():
    job = f"job-{next(_jobs)}"
    status(job)
    cancel(job)
