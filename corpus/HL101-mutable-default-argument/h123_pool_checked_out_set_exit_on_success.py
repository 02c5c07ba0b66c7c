"""Resource manager: the `lease` context manager checks a worker handle out,
records it in a checked-out set (a default argument, so a leak report can list
every handle in use) and returns the handle from __enter__. __exit__ only
takes the handle out of the set when the block finished cleanly, and every
other job fails payload validation inside the block."""
import itertools

_jobs = itertools.count()


class Handle:
    def __init__(self, name):
        self.name = name


class lease:
    def __init__(self, name, checked_out=set()):  # expect: HL101 confirmed
        self.handle = Handle(name)
        self.checked_out = checked_out

    def __enter__(self):
        self.checked_out.add(self.handle)
        return self.handle

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.checked_out.discard(self.handle)
        return False


def scenario():
    n = next(_jobs)
    try:
        with lease("worker-%d" % n) as handle:
            if n % 2:
                raise ValueError("bad payload for %s" % handle.name)
            return handle.name
    except ValueError as err:
        return str(err)
