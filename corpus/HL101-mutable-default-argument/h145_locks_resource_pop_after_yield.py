"""Job runner: jobs that write the same resource must not overlap, so the
context manager `holding()` takes a lock per resource from a dict default
(`setdefault`) and drops the entry when the job is done. The drop comes
after the `yield`, not in a `finally`: a job that raises skips it, and the
lock for that resource path stays in the dict for good."""
import contextlib
import itertools
import threading

_runs = itertools.count()


@contextlib.contextmanager
def holding(resource, _locks={}):  # expect: HL101 confirmed
    lock = _locks.setdefault(resource, threading.Lock())
    with lock:
        yield lock
    _locks.pop(resource, None)


def run_backup(name, resource):
    with holding(resource):
        if name.endswith(("1", "3", "5", "7", "9")):
            raise RuntimeError("%s: quota exceeded on %s" % (name, resource))
        return "%s wrote %s" % (name, resource)


def scenario():
    n = next(_runs)
    try:
        return run_backup("backup-%d" % n, "/var/backups/db-%d.tar" % n)
    except RuntimeError as exc:
        return str(exc)
