"""Unit prices derived from the SKU number."""


def unit_price(sku):
    return int(sku.rsplit("-", 1)[1]) % 40 + 5
