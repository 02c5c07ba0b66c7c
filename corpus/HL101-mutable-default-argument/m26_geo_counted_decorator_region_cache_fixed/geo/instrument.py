"""Instrumentation: counts how often each wrapped function is called."""
import functools

CALLS = {}


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS[fn.__qualname__] = CALLS.get(fn.__qualname__, 0) + 1
        return fn(*args, **kwargs)
    return wrapper
