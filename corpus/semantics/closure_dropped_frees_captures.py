"""A closure that is only used locally and then dropped frees what it captured."""
# retains: no
import itertools

_ids = itertools.count()


def apply_discount(prices, rate):
    scale = lambda price: round(price * (1 - rate), 2)
    return [scale(p) for p in prices]


def scenario():
    n = next(_ids)
    apply_discount([n, n + 1.5, n + 2.25], 0.1)
