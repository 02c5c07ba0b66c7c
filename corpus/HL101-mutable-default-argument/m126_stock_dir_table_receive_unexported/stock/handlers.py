"""Warehouse actions; each takes (sku, qty). on_receive is not public yet."""
__all__ = ["on_count"]


def on_receive(sku, qty, ledger=[]):  # expect: HL101 refuted
    """Book goods in; the ledger is posted at close of day (not in this process)."""
    ledger.append((sku, qty))
    return len(ledger)


def on_count(sku, qty, opening={"SKU-000001": 5}):  # expect: HL101 refuted
    return opening.get(sku, 0) + qty


def on_ship(sku, qty, picks=None):
    return -qty
