"""Price and stock lookups against the (slow) pricing engine, memoized."""
import zlib

from memo import memoize

__all__ = ["price_of", "stock_of", "MEMOIZED"]


def _engine_quote(key):
    return zlib.crc32(key.encode())


@memoize
def price_of(sku):
    return round(100 + _engine_quote(sku) % 9000 / 100, 2)


@memoize
def stock_of(sku, warehouse):
    return _engine_quote(f"{warehouse}/{sku}") % 50


MEMOIZED = (price_of, stock_of)
