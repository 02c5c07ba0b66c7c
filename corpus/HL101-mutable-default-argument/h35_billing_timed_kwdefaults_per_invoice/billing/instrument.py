"""Timing decorator: keeps timings in the decorated function's `_timings` keyword default."""
import functools
import time


def timed(fn):
    timings = fn.__kwdefaults__["_timings"]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            timings[fn.__name__, args[0]] = time.perf_counter() - started

    return wrapper
