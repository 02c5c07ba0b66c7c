"""Checkout quotes whose private helpers are memoised by a home-grown decorator."""
import functools
import itertools


def cached(fn):
    @functools.wraps(fn)
    def wrapper(key, _memo={}):  # expect: HL101 refuted
        if key not in _memo:
            _memo[key] = fn(key)
        return _memo[key]
    return wrapper


@cached
def _tax_rate(region):
    return 0.05 + (sum(map(ord, region)) % 7) / 100.0


@cached
def _shipping_band(postcode):
    return sum(map(ord, postcode)) % 4


def quote(amount, region, postcode):
    rate = _tax_rate(region)
    band = _shipping_band(postcode[:3])
    return round(amount * (1 + rate) + 4.5 * band, 2)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    postcode = ("SW1", "EC2", "NW3")[n % 3] + " %dAB" % n
    return quote(100 + n % 50, "EU-%d" % (n % 3), postcode)
