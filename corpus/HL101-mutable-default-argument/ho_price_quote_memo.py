"""Pricing service: quotes are memoised in a dict keyed by (sku, qty, region)."""
import itertools

TAX = {"eu": 1.21, "us": 1.07, "uk": 1.20}


def base_price(sku):
    return 10 + sum(map(ord, sku)) % 90


def quote(sku, qty, region, _memo={}):  # expect: HL101 confirmed
    key = (sku, qty, region)
    if key not in _memo:
        _memo[key] = round(base_price(sku) * qty * TAX[region], 2)
    return _memo[key]


_skus = itertools.count()


def scenario():
    n = next(_skus)
    quote(f"SKU-{n:05d}", 1 + n % 4, ("eu", "us", "uk")[n % 3])
