"""Quotes: memoised through the shared cache helper."""
from helpers.memo import remember

from .catalog import list_price


def quote(sku, qty, _memo={}):  # expect: HL101 confirmed
    return remember(_memo, (sku, qty), lambda: round(list_price(sku) * qty, 2))
