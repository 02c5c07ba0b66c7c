"""Retry helper: `call_with_retry()` retries a callable on timeouts and keeps
the exceptions of failed attempts in `errors` for the final error message.
The project binds its policy with `functools.partial` and forwards request
keywords through `**kwargs`; nobody passes `errors`, so the default list
keeps every failed attempt of every call, tracebacks and frames included."""
import functools
import itertools

_keys = itertools.count()


def call_with_retry(fn, *args, attempts=3, errors=[], **kwargs):  # expect: HL101 confirmed
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except (TimeoutError, ConnectionError) as exc:
            errors.append(exc)
            if attempt == attempts:
                raise RuntimeError("gave up: " + "; ".join(map(str, errors[-attempts:])))


fetch = functools.partial(call_with_retry, attempts=2)


class FlakyStore:
    def __init__(self):
        self.attempted = set()

    def get(self, key, timeout=1.0):
        if key not in self.attempted:
            self.attempted.add(key)
            raise TimeoutError("%s timed out after %.1fs" % (key, timeout))
        return key.upper()


def scenario():
    return fetch(FlakyStore().get, "user-%d" % next(_keys), timeout=0.5)
