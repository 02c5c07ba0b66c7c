"""Goods-in: a pallet scan becomes one line per SKU on the pallet."""
from .helpers import collect, summarize


def receive(pallet_id, skus):
    lines = []
    for sku in skus:
        sku = sku.strip().upper()
        collect(f"{pallet_id}:{sku}" if sku else "", into=lines)
    return summarize(lines)
