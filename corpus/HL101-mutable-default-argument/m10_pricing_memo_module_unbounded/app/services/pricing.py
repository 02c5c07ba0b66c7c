"""Prices: list price with a volume discount, memoized per (sku, qty)."""
from ..util.cache import memo

LIST_PRICES = {"sku-1": 1200, "sku-2": 450, "sku-3": 9900}


def discount(qty):
    return 0 if qty < 10 else 5 if qty < 100 else 12


def quote(sku, qty):
    def compute():
        unit = LIST_PRICES[sku]
        return unit * qty * (100 - discount(qty)) // 100

    return memo((sku, qty), compute)
