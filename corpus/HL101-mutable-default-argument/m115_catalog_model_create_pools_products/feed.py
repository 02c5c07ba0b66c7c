"""Supplier feed: `sku;price;title` rows become catalog products."""
from catalog import Product as P


def import_row(row):
    sku, price, title = row.split(";")
    product = P.create(sku=sku, price=float(price), title=title.strip())
    return product.label()
