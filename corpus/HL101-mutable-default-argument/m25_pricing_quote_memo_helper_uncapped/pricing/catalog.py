"""Catalog lookups: a deterministic list price per SKU."""


def list_price(sku):
    return (sum(map(ord, sku)) % 900 + 100) / 100.0
