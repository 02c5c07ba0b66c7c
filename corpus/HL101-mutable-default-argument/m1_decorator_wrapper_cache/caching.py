"""A caching decorator: each wrapper keeps a keyword-only default dict of results."""
import functools


def cached(fn):
    @functools.wraps(fn)
    def wrapper(*args, _cache={}):  # expect: HL101 confirmed
        if args not in _cache:
            _cache[args] = fn(*args)
        return _cache[args]
    return wrapper
