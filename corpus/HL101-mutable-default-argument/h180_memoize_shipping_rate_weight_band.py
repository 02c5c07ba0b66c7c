"""Checkout: the shipping quote for each order comes from `rate(region,
weight_g)`, memoised by a `@cached` decorator whose `cache={}` default is keyed
by the call arguments. The checkout passes the weight band (half-kilo steps,
capped at 10) instead of the exact weight, so there are at most 3 x 11 keys
and later orders only hit the cache."""
import functools
import itertools

_orders = itertools.count()
BASE_CENTS = {"eu": 450, "us": 700, "uk": 500}


def cached(func, cache={}):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(*args):
        key = (func.__name__,) + args
        if key not in cache:
            cache[key] = func(*args)
        return cache[key]
    return wrapper


@cached
def rate(region, band):
    return BASE_CENTS[region] + 120 * band


def checkout(items, region):
    weight = sum(grams * qty for _, grams, qty in items)
    return sum(cents * qty for cents, _, qty in items) + rate(region, min(weight // 500, 10))


def scenario():
    n = next(_orders)
    return checkout([(1999 + n % 5, 300 + n, 1), (450, 125, 2)], ("eu", "us", "uk")[n % 3])
