"""Totals for a cart (reads cart.lines only)."""
import m130_shop_config as config
from m130_shop_utils import round_money


def subtotal(cart):
    return round_money(sum(line.price * line.qty for line in cart.lines))


def total(cart):
    return round_money(subtotal(cart) * (1 + config.get("tax_rate")))
