"""Utility decorator: memoize keeps results in a keyword-only default dict shared by every wrapped function."""
import functools
import itertools


def memoize(fn, *, cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__name__, args)
        if key not in cache:
            cache[key] = fn(*args)
        return cache[key]
    return wrapper


@memoize
def shipping_cost(weight_grams, zone):
    return round(weight_grams * 0.004 + zone * 1.5, 2)


_parcels = itertools.count()


def scenario():
    n = next(_parcels)
    shipping_cost(250 + n, n % 4)
