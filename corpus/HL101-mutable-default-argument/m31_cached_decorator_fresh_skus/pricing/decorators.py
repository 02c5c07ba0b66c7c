"""Decorators shared by the pricing API."""
import functools


def cached(func, _results={}):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__,) + args
        try:
            return _results[key]
        except KeyError:
            value = _results[key] = func(*args)
            return value

    return wrapper
