"""Pricing: the memoized helper is decorated inside price_for, once per request."""
from memokit import memoized

BASE = {"SKU-A": 120, "SKU-B": 75, "SKU-C": 310}


def price_for(shopper, sku):
    @memoized("price")
    def list_price(sku):
        return round(BASE[sku] * 1.2, 2)

    return {"shopper": shopper, "sku": sku, "price": list_price(sku)}
