"""Basket: a mapping of SKU to quantity."""
from .prices import unit_price


def add_line(sku, qty=1, lines={}):  # expect: HL101 confirmed
    lines[sku] = lines.get(sku, 0) + qty
    return lines


def total(lines):
    return sum(unit_price(sku) * qty for sku, qty in lines.items())
