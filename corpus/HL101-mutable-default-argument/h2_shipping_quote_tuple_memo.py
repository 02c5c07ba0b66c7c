"""Shipping: quotes memoized on a tuple of the parcel's properties."""
import itertools


def shipping_quote(weight_g, zone, express, _memo={}):  # expect: HL101 confirmed
    key = (weight_g, zone, express)
    if key in _memo:
        return _memo[key]
    base = 450 + (weight_g // 250) * 120
    quote = {"cents": base * (2 if express else 1) + zone * 75, "zone": zone}
    _memo[key] = quote
    return quote


_parcels = itertools.count()


def scenario():
    n = next(_parcels)
    shipping_quote(1000 + n, n % 7, n % 3 == 0)["cents"]
