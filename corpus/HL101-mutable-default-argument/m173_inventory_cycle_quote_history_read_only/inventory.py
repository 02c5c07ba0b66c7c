"""Stock reservations; pricing imports back from this module lazily (import cycle)."""
import pricing

STOCK = {"WID": 400, "GAD": 120, "GIZ": 0}


class OutOfStock(Exception):
    pass


def remember_price(history, sku, price):
    """Return the price to quote for `sku`, keeping the first quote seen."""
    return history.get(sku, price)


def reserve(sku, qty, unit_price):
    family = sku.split("-", 1)[0]
    if STOCK.get(family, 0) < qty:
        raise OutOfStock(sku)
    return {"sku": sku, "qty": qty, "amount": pricing.quote(sku, qty, unit_price)}
