from . import pricing


def quote(basket, zone):
    """Total a basket: its lines plus one parcel's shipping."""
    items = sum(pricing.line_total(sku, qty) for sku, qty in basket)
    weight = sum(qty for _, qty in basket)
    return {
        "items": items,
        "shipping": pricing.shipping(zone, weight),
        "lines": len(basket),
    }
