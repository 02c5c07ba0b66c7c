"""Computer-algebra helpers: `memoized` caches results of pure polynomial
routines in its default dict, keyed by the function name and arguments.
`expand(shift, degree)` is decorated directly, so the coefficients of
(x + shift)**degree for every rational shift ever expanded stay cached."""
import functools
import itertools
from fractions import Fraction

_jobs = itertools.count(1)


def memoized(fn, cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__name__,) + args
        if key not in cache:
            cache[key] = fn(*args)
        return cache[key]
    return wrapper


@memoized
def expand(shift, degree):
    """Coefficients of (x + shift)**degree, lowest power first."""
    row = [Fraction(1)]
    for _ in range(degree):
        row = [shift * lo + hi for lo, hi in zip(row + [0], [0] + row)]
    return row


def scenario():
    n = next(_jobs)
    coeffs = expand(Fraction(n, 7), 3 + n % 4)
    return sum(coeffs), len(coeffs)
