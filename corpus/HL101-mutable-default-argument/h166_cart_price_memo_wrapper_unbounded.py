"""Checkout pricing: `cached()` wraps a price loader in a memoizing
`lookup()` closure. Each cart builds its own wrapper, but all wrappers share
`memo`, the factory's default dict, which stores every (loader, sku) price
it is asked for, so every cart's skus stay in it."""
import itertools

_carts = itertools.count()


def cached(loader, memo={}):  # expect: HL101 confirmed
    def lookup(sku):
        key = (loader.__name__, sku)
        if key not in memo:
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
