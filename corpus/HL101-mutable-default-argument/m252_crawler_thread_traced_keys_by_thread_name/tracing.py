"""@traced: report each finished call to the worker status page."""
import functools
import threading

from spans import describe, last_span


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        worker = threading.current_thread().name
        result = fn(*args)
        last_span(worker, fn.__name__, len(args))
        wrapper.last = describe(fn.__name__, len(args))
        return result

    wrapper.last = None
    return wrapper
