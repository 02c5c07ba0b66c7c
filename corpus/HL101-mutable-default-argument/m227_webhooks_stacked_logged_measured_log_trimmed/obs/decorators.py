"""@measured: payload-size histogram per handler; @logged: one access-log line per call."""
import functools

from .accesslog import write
from .histogram import observe


def measured(fn):
    @functools.wraps(fn)
    def wrapper(event):
        observe(fn.__name__, len(repr(event["data"])))
        return fn(event)
    return wrapper


def logged(fn):
    @functools.wraps(fn)
    def wrapper(event):
        result = fn(event)
        write(f"{event['id']} {fn.__name__} -> {result['status']}")
        return result
    return wrapper
