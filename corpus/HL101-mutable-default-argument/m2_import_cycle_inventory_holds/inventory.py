"""Inventory: stock holds are kept in a default dict; orders is imported lazily (import cycle)."""
STOCK = {"SKU-1": 10**9, "SKU-2": 10**9}


def reserve(sku, qty, order_id, holds={}):  # expect: HL101 confirmed
    from orders import order_ref

    available = STOCK.get(sku, 0) - sum(q for (s, _), q in holds.items() if s == sku)
    if qty > available:
        return 0
    holds[(sku, order_ref(order_id))] = qty
    return qty
