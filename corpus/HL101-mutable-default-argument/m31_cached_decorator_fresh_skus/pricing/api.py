"""Public pricing API."""
from .catalog import BASE_PRICES, VAT
from .decorators import cached


@cached
def unit_price(sku):
    family = sku.partition("-")[0]
    return round(BASE_PRICES.get(family, 10.0) * VAT, 4)


def quote(sku, qty):
    return {"sku": sku, "qty": qty, "total": round(unit_price(sku) * qty, 2)}
