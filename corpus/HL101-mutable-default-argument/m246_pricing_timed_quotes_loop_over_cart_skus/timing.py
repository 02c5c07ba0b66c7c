"""@timed: time each call and feed the latency report, keyed by the first argument."""
import functools
import time

from latency import observe, over_budget


def timed(fn):
    @functools.wraps(fn)
    def wrapper(key, *args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(key, *args, **kwargs)
        finally:
            if over_budget(observe(fn.__name__, key, time.perf_counter() - start)):
                wrapper.slow_calls += 1

    wrapper.slow_calls = 0
    return wrapper
