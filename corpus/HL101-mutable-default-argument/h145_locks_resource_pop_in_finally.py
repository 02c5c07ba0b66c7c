"""Job runner: jobs that write the same resource must not overlap, so the
context manager `holding()` takes a lock per resource from a dict default
(`setdefault`) and drops the entry when the job is done. The drop sits in
a `finally` around the `yield`, so it also runs when the job raises and
the dict only ever holds the locks of jobs running right now."""
import contextlib
import itertools
import threading

_runs = itertools.count()


@contextlib.contextmanager
def holding(resource, _locks={}):  # expect: HL101 refuted
    lock = _locks.setdefault(resource, threading.Lock())
    try:
        with lock:
            yield lock
    finally:
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
