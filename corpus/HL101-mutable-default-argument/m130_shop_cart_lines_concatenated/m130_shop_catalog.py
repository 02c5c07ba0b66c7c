"""Price lookup (a deterministic stand-in for the catalogue service)."""
from m130_shop_utils import round_money


def price_of(sku):
    cents = sum(map(ord, sku)) % 4000 + 150
    return round_money(cents / 100)
