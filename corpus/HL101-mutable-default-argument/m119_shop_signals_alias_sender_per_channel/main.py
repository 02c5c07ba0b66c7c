"""Checkout service: each call places one order through one sales channel."""
import itertools

from shop.checkout import place

CHANNELS = ("web", "app", "pos")
_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    return place(n, CHANNELS[n % 3], sku=f"sku-{n % 6}", total=4.5 * (n % 9 + 1))
