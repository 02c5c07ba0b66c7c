import zlib

from utils import memoize

__all__ = ["quote"]

RATES = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}
TIERS = ((10, 0.90), (5, 0.95), (1, 1.0))


def _list_price(sku):
    return 5 + zlib.crc32(sku.encode("ascii")) % 9500 / 100.0


@memoize
def quote(sku, quantity=1, currency="EUR"):
    if currency not in RATES:
        raise ValueError("unsupported currency %r" % currency)
    factor = next(f for threshold, f in TIERS if quantity >= threshold)
    return round(_list_price(sku) * quantity * factor * RATES[currency], 2)
