import zlib

from .memo import cached


@cached(maxsize=32)
def unit_price(sku):
    """Stand-in for the price-list service call."""
    return 1 + zlib.crc32(sku.encode("ascii")) % 9900 / 100


def quote(sku, quantity):
    return round(unit_price(sku) * quantity, 2)
