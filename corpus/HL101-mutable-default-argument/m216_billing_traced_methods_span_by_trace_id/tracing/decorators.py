"""@traced: count each finished call of a service method in the span table."""
import functools

from .spans import record


def traced(method):
    operation = f"{method.__module__}.{method.__qualname__}"

    @functools.wraps(method)
    def wrapper(self, request, *args, **kwargs):
        try:
            return method(self, request, *args, **kwargs)
        finally:
            record(operation, request["trace_id"])
    return wrapper
