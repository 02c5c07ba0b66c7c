"""Quoting endpoint: price one new quote per call."""
import itertools

import pricing

_quotes = itertools.count(1)
STANDARD_SKUS = ("A1", "B2", "C3")


def scenario():
    n = next(_quotes)
    qty = n % 12 + 1
    total = 0.0
    for sku in STANDARD_SKUS:
        total += pricing.unit_price(sku, qty) * qty
    total += pricing.shipping(("eu", "us", "uk")[n % 3], weight=qty)
    return {"quote": f"q-{n}", "total": round(total, 2)}
