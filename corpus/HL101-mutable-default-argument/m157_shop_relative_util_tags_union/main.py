"""Supplier feed import: each feed row becomes one catalogue product."""
import itertools

from shop import add_product

_rows = itertools.count()
CATEGORIES = ("books", "garden", "kitchen")


def scenario():
    n = next(_rows)
    product = add_product(
        name=f"Item {n} Deluxe",
        price_cents=1000 + n % 500,
        category=CATEGORIES[n % len(CATEGORIES)],
    )
    return product.sku, product.gross_cents, len(product.tags)
