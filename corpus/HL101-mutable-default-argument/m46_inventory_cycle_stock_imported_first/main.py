"""Picking station: each pick takes stock from a bin and reports what is left."""
import itertools

from inventory import stock, alerts

_picks = itertools.count(1)


def scenario():
    n = next(_picks)
    item = stock.StockItem(f"SKU-{n:05d}", on_hand=6 + n % 3, reorder_at=5)
    item.take(3)
    return alerts.describe(item)
