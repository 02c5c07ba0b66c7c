"""memoize: cache a one-argument function's results by argument."""
import functools


def memoize(fn):
    @functools.wraps(fn)
    def wrapper(arg, _cache={}):  # expect: HL101 confirmed
        try:
            return _cache[arg]
        except KeyError:
            value = _cache[arg] = fn(arg)
            return value

    return wrapper
