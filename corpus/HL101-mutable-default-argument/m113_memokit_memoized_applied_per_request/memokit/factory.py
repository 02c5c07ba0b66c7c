"""@memoized(namespace): the wrapper keys results by namespace, function and arguments."""
import functools

from . import store


def memoized(namespace):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return store.fetch((namespace, fn, args), lambda: fn(*args))
        return wrapper
    return decorate
