"""Caching decorator: functools.lru_cache plus miss bookkeeping for the
/debug/cache page."""
import functools


def cached(maxsize=128, _misses={}):  # expect: HL101 confirmed
    """Like lru_cache(maxsize), also recording each cache miss.

    A miss appends the arguments to `_misses[qualname]`; the lru_cache drops
    old entries, the miss log keeps every argument tuple it was given.
    """
    def decorate(func):
        @functools.lru_cache(maxsize=maxsize)
        def wrapper(*args):
            _misses.setdefault(func.__qualname__, []).append(args)
            return func(*args)
        return functools.wraps(func)(wrapper)
    return decorate
