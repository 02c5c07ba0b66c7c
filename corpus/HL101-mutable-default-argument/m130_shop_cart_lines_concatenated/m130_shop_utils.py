"""Small helpers shared across the shop."""
from m130_shop_constants import SKU_PREFIX


def round_money(value):
    return round(value + 1e-9, 2)


def normalize_sku(raw):
    raw = raw.strip().upper()
    return raw if raw.startswith(SKU_PREFIX) else SKU_PREFIX + raw
