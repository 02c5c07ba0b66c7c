"""Call timing for the /metrics page."""
import functools
import time


def timed(func, _timings={}):  # expect: HL101 confirmed
    """Wrap `func`; `_timings` maps each timed callable to its last duration in seconds."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            _timings[func] = time.perf_counter() - start

    return wrapper
