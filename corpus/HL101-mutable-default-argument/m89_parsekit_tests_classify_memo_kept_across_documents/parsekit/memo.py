"""Memoization for the parser's pure helpers (words repeat a lot within a formula)."""
import functools


def memoize(fn, _cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__qualname__,) + args
        if key not in _cache:
            _cache[key] = fn(*args)
        return _cache[key]
    wrapper.cache_clear = _cache.clear
    return wrapper
