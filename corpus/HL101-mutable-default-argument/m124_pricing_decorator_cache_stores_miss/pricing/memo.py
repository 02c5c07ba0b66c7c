import functools

from .store import CACHE as _PRICE_CACHE


def cached_price(fn):
    """Answer from the shared price cache; compute and remember a price it lacks."""

    @functools.wraps(fn)
    def wrapper(sku, cache=_PRICE_CACHE):  # expect: HL101 confirmed
        if sku not in cache:
            cache[sku] = fn(sku)
        return cache[sku]

    return wrapper
