"""Low-stock alerts, batched into reorder lines for the purchasing run."""
try:
    from inventory.stock import StockItem
except ImportError:
    StockItem = None


def low_stock(item, reorders=[]):  # expect: HL101 refuted
    if StockItem is None or not isinstance(item, StockItem):
        return None
    reorders.append({"sku": item.sku, "qty": item.reorder_qty})
    return len(reorders)


def describe(item):
    state = "reorder" if item.on_hand <= item.reorder_at else "ok"
    return f"{item.sku}: {item.on_hand} on hand ({state})"
