"""Job runner: tracking() is a contextlib.contextmanager that appends the job
name to the `_active=[]` default on enter and removes it after the yield.
The removal sits in a finally block, so even when the job body raises (here:
every import fails validation) the exception thrown into the generator runs
it and the name leaves the list."""
import contextlib
import itertools

_jobs = itertools.count()


@contextlib.contextmanager
def tracking(name, _active=[]):  # expect: HL101 refuted
    _active.append(name)
    try:
        yield len(_active)
    finally:
        _active.remove(name)


def run_import(name, rows):
    with tracking(name):
        if any(r.count(",") != 2 for r in rows):
            raise ValueError(f"{name}: malformed row")
        return len(rows)


def scenario():
    n = next(_jobs)
    try:
        return run_import(f"import-{n:06d}-customers.csv", ["a,b,c", f"row {n}"])
    except ValueError as exc:
        return str(exc)
