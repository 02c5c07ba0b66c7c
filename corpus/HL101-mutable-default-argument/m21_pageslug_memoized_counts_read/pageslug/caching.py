"""A small bounded memoizer."""
import functools
from collections import OrderedDict


def memoize(func, maxsize=32):
    cache = OrderedDict()

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        result = cache[key] = func(*args, **kwargs)
        if len(cache) > maxsize:
            cache.popitem(last=False)
        return result

    return wrapper
