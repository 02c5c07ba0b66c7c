"""Validators exported with __all__.

sku_ok here is the strict check: it rejects a SKU already received and
registers every accepted SKU in the `seen` set it is given.
"""
__all__ = ["sku_ok", "qty_ok"]


def sku_ok(sku, seen):
    if sku in seen:
        return False
    seen.add(sku)
    return True


def qty_ok(qty):
    return 0 < qty <= 10_000
