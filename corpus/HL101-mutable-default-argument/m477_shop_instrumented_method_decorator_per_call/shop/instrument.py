"""Instrumentation for the /debug page."""
import functools


def instrumented(method, calls=[]):  # expect: HL101 confirmed
    """Method decorator: record every call so /debug can show recent traffic."""

    @functools.wraps(method)
    def wrapper(self, *args):
        result = method(self, *args)
        calls.append((type(self).__name__, method.__name__, args))
        return result

    wrapper.calls = calls
    return wrapper
