"""Timing decorator shared by the services: keeps the slowest call per function."""
import functools
import time

slowest = {}


def timed(fn):
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            if elapsed > slowest.get(name, 0.0):
                slowest[name] = elapsed

    return wrapper
