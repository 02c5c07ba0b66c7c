import functools
import time

STATS = {}


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            count, total = STATS.get(fn.__name__, (0, 0.0))
            STATS[fn.__name__] = (count + 1, total + time.perf_counter() - start)
    return wrapper
