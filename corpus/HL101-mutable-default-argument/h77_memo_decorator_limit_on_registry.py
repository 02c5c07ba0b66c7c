"""Special-function helpers share a memoising decorator: one table per function, reset when it passes a configured limit."""
import functools
import itertools
import json
import math

CONFIG = json.loads('{"memo_limit": 32, "bessel_terms": 12}')


def memo_table(limit=CONFIG["memo_limit"], _tables={}):  # expect: HL101 confirmed
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            table = _tables.setdefault(func.__qualname__, {})
            if len(_tables) >= limit:
                table.clear()
            if args not in table:
                table[args] = func(*args)
            return table[args]
        return wrapper
    return decorate


@memo_table()
def bessel_j0(x, terms=CONFIG["bessel_terms"]):
    return math.fsum((-1) ** k * (x / 2) ** (2 * k) / math.factorial(k) ** 2 for k in range(terms))


@memo_table(limit=8)
def harmonic(n):
    return math.fsum(1.0 / k for k in range(1, n + 1))


_samples = itertools.count()


def scenario():
    n = next(_samples)
    return bessel_j0(n * 0.01) * harmonic(1 + n % 12)
