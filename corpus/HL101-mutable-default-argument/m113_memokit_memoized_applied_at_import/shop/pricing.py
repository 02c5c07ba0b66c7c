"""Pricing: the memoized helper is decorated once, when this module is imported."""
from memokit import memoized

BASE = {"SKU-A": 120, "SKU-B": 75, "SKU-C": 310}


@memoized("price")
def list_price(sku):
    return round(BASE[sku] * 1.2, 2)


def price_for(shopper, sku):
    return {"shopper": shopper, "sku": sku, "price": list_price(sku)}
