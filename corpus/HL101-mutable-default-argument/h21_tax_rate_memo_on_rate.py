"""Checkout: tax rates go through a memoizing decorator; the gross price is computed per order."""
import functools
import itertools


def memoize(fn, _results={}):  # expect: HL101 refuted
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__name__,) + args
        try:
            return _results[key]
        except KeyError:
            value = _results[key] = fn(*args)
            return value

    return wrapper


RATES = {"DE": 19, "FR": 20, "NL": 21, "US-CA": 7}


@memoize
def tax_rate(region, year):
    return RATES[region] + (1 if year >= 2027 else 0)


def gross(amount, region, year=2026):
    return amount + amount * tax_rate(region, year) // 100


_orders = itertools.count()


def scenario():
    n = next(_orders)
    region = ("DE", "FR", "NL", "US-CA")[n % 4]
    return gross(1000 + n, region)
