import functools
import time

STATS = {}


def timed(func):
    """Record call count and slowest call of func, keyed by its name."""
    name = f"{func.__module__}.{func.__qualname__}"

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - start
            calls, worst = STATS.get(name, (0, 0.0))
            STATS[name] = (calls + 1, max(worst, elapsed))

    return wrapper
