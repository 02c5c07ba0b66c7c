"""Supplier feed job: compare feed prices with ours, then drop stale memo entries."""
from catalog import admin, price_of, stock_of


def reconcile(feed, warehouses=["ams", "rtm"]):  # expect: HL101 refuted
    changed = []
    for sku, feed_price in feed:
        ours = price_of(sku)
        on_hand = sum(stock_of(sku, warehouse) for warehouse in warehouses)
        if abs(ours - feed_price) >= 0.01:
            changed.append((sku, ours, feed_price, on_hand))
        admin.invalidate(sku)
    return changed
