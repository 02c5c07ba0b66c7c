import functools
import time


def debug_panel(fn):
    """Show how often `fn` ran and how long it took in the debug panel.

    The panel reads the counters from `wrapper.stats`; results pass through.
    """
    stats = {"calls": 0, "seconds": 0.0}

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            stats["calls"] += 1
            stats["seconds"] += time.perf_counter() - started

    wrapper.stats = stats
    return wrapper
