"""Timing decorator: total seconds per function, plus its defaults for the debug page."""
import functools
import time

TOTALS = {}
DEFAULTS = {}


def timed(fn):
    DEFAULTS[fn.__qualname__] = fn.__defaults__

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = time.perf_counter() - start
            TOTALS[fn.__qualname__] = TOTALS.get(fn.__qualname__, 0.0) + spent
    return wrapper
