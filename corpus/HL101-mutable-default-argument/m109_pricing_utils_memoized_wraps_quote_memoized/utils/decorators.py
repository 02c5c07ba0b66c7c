"""Decorators used across the service."""
import functools


def memoized(func, _cache={}):  # expect: HL101 confirmed
    """Remember results per (function, arguments); one store for every decorated function."""
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__, args)
        try:
            return _cache[key]
        except KeyError:
            value = _cache[key] = func(*args)
            return value
    return wrapper
