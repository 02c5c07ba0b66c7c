"""Computer-algebra helpers: `memoized` caches results of pure polynomial
routines in its default dict, keyed by the function name and arguments.
Only `binomial_row(degree)` is decorated; `expand` scales a cached row by
powers of the rational shift, so the cache holds one row per degree."""
import functools
import itertools
from fractions import Fraction

_jobs = itertools.count(1)


# heaplint-todo: called with new arguments as outside code would call it, wrapper grows it; but this application uses wrapper as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def memoized(fn, cache={}):  # expect: HL101 refuted
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__name__,) + args
        if key not in cache:
            cache[key] = fn(*args)
        return cache[key]
    return wrapper


@memoized
def binomial_row(degree):
    row = (1,)
    for _ in range(degree):
        row = tuple(a + b for a, b in zip(row + (0,), (0,) + row))
    return row


def expand(shift, degree):
    """Coefficients of (x + shift)**degree, lowest power first."""
    return [c * shift ** (degree - k) for k, c in enumerate(binomial_row(degree))]


def scenario():
    n = next(_jobs)
    coeffs = expand(Fraction(n, 7), 3 + n % 4)
    return sum(coeffs), len(coeffs)
