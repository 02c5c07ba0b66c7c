"""Unit conversion: memoized() is a small caching decorator whose cache is a
dict default shared by everything it wraps. Here it wraps convert(), whose
arguments include the measured value, so every new reading adds an entry
that is never evicted."""
import functools
import itertools

_readings = itertools.count()
_TO_SI = {"mm": 1e-3, "cm": 1e-2, "m": 1.0, "km": 1e3, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}


def memoized(fn, cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__qualname__,) + args
        if key not in cache:
            cache[key] = fn(*args)
        return cache[key]
    return wrapper


@memoized
def convert(value, src, dst):
    return value * _TO_SI[src] / _TO_SI[dst]


def scenario():
    n = next(_readings)
    legs = [(n * 0.1 + i, u, "km") for i, u in enumerate(("m", "ft", "mi"))]
    return "{:.4f} km".format(sum(convert(*leg) for leg in legs))
