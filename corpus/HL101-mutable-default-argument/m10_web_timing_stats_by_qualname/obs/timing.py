"""@timed: count calls and total seconds per handler."""
import functools
import time


def timed(fn, _stats={}):  # expect: HL101 refuted
    key = fn.__qualname__

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            calls, total = _stats.get(key, (0, 0.0))
            _stats[key] = (calls + 1, total + time.perf_counter() - start)

    return wrapper
