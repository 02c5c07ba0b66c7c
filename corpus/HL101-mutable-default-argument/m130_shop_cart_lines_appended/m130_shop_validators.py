"""Checks on requested cart lines."""
import m130_shop_config as config
from m130_shop_utils import normalize_sku


class InvalidLine(ValueError):
    pass


def check_line(sku, qty):
    if not 0 < qty <= config.get("max_qty"):
        raise InvalidLine(f"bad quantity {qty} for {sku}")
    return normalize_sku(sku)
