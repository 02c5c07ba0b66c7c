"""@memoized: cache a pure function's result by its positional arguments."""
import functools

from .store import fetch


def memoized(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fetch((fn.__qualname__, args), lambda: fn(*args))
    return wrapper
