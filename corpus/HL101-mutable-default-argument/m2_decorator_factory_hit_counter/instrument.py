"""Instrumentation decorators: counted() wraps a function and counts calls per first argument."""
import collections
import functools


def counted(metric):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(key, *args, _hits=collections.defaultdict(int)):  # expect: HL101 confirmed
            _hits[(metric, key)] += 1
            return fn(key, *args)
        return wrapper
    return decorate
