"""Caching decorator: functools.lru_cache plus miss bookkeeping for the
/debug/cache page."""
import functools


def cached(maxsize=128, _misses={}):  # expect: HL101 refuted
    """Like lru_cache(maxsize), also counting cache misses.

    A miss bumps `_misses[qualname]`; one counter per decorated function,
    while the lru_cache itself stays within `maxsize` entries.
    """
    def decorate(func):
        @functools.lru_cache(maxsize=maxsize)
        def wrapper(*args):
            _misses[func.__qualname__] = _misses.get(func.__qualname__, 0) + 1
            return func(*args)
        return functools.wraps(func)(wrapper)
    return decorate
