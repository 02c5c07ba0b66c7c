"""Quotes with volume discounts; needs inventory, which imports this module."""

VOLUME_DISCOUNTS = ((50, 0.10), (10, 0.05))


def discount_for(qty):
    return next((rate for minimum, rate in VOLUME_DISCOUNTS if qty >= minimum), 0.0)


def quote(sku, qty, unit_price, _history={}):  # expect: HL101 refuted
    from inventory import remember_price

    price = remember_price(_history, sku, unit_price)
    return round(price * qty * (1 - discount_for(qty)), 2)
