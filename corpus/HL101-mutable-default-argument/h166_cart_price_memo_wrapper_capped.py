"""Checkout pricing: `cached()` wraps a price loader in a memoizing
`lookup()` closure. Each cart builds its own wrapper, and all wrappers share
`memo`, the factory's default dict, but once it holds 32 prices new skus are
priced without being stored, so the dict stops growing after a few carts."""
import itertools

_carts = itertools.count()


def cached(loader, memo={}):  # expect: HL101 refuted
    def lookup(sku):
        key = (loader.__name__, sku)
        if key not in memo:
            if len(memo) >= 32:
                return loader(sku)
            memo[key] = loader(sku)
        return memo[key]

    return lookup


def list_price(sku):
    return round(len(sku) * 3.75 + sum(map(ord, sku)) % 100 / 10, 2)


def scenario():
    n = next(_carts)
    price = cached(list_price)
    skus = ["SKU-%d-%d" % (n, i) for i in range(4)]
    return round(sum(price(sku) for sku in skus), 2)
