"""Catalog import: each row of a supplier feed becomes one Product."""
import itertools

from catalog import Product

_rows = itertools.count()


def import_row(row):
    product = Product(row["title"], row["sku"])
    return product.describe()


def scenario():
    n = next(_rows)
    return import_row({"title": f"Widget {n}", "sku": f"W-{n:06d}"})
