import functools

from .store import CACHE as _PRICE_CACHE


def cached_price(fn):
    """Answer from the shared price cache (warmed at import); compute a price it lacks, unstored."""

    @functools.wraps(fn)
    def wrapper(sku, cache=_PRICE_CACHE):  # expect: HL101 refuted
        price = cache.get(sku)
        return fn(sku) if price is None else price

    return wrapper
