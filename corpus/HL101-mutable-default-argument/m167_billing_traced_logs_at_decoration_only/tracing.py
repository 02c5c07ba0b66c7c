"""Lightweight tracing: @traced("label") records instrumented functions."""
import functools


def traced(label, _log=[]):  # expect: HL101 refuted
    """Decorator factory; every decorated function shares the trace log."""

    def decorate(fn):
        _log.append((label, fn.__module__, fn.__qualname__))

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            wrapper.calls += 1
            wrapper.last_args = args
            return fn(*args, **kwargs)

        wrapper.calls = 0
        wrapper.trace_log = _log
        return wrapper

    return decorate
