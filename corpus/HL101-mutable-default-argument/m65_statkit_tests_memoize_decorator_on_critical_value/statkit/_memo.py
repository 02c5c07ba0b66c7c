"""Result caching for the pure numeric helpers."""
import functools


def memoize(func, cache={}):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__qualname__,) + args
        try:
            return cache[key]
        except KeyError:
            result = cache[key] = func(*args)
            return result

    wrapper.cache = cache
    return wrapper
