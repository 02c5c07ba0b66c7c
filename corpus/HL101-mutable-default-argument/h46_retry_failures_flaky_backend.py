"""A retry helper around a key-value backend that records every transient failure it swallows.

Failures are appended to a `_failures` list default only inside the `except` clause; the backend
here drops every 4th request, so every 4th lookup stores an exception (with its traceback and
frames) in the shared default, which grows.
"""
import itertools

_ids = itertools.count()


class TransientError(Exception):
    pass


class Backend:
    def __init__(self, fail_every=None):
        self.fail_every = fail_every
        self.requests = 0
        self._rows = {}

    def get(self, key):
        self.requests += 1
        if self.fail_every and self.requests % self.fail_every == 0:
            raise TransientError("connection reset while reading %s" % key)
        return self._rows.get(key, {"key": key, "version": 0})


def call_with_retry(fn, *args, attempts=3, _failures=[]):  # expect: HL101 confirmed
    last = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args)
        except TransientError as exc:
            _failures.append((getattr(fn, "__name__", repr(fn)), attempt, exc))
            last = exc
    raise RuntimeError("gave up after %d attempts" % attempts) from last


_backend = Backend(fail_every=4)


def scenario():
    n = next(_ids)
    row = call_with_retry(_backend.get, "user:%d" % n)
    return row["key"], row["version"]
