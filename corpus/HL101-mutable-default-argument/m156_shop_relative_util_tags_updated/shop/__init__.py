"""shop: catalogue and pricing for the storefront.

The catalogue subpackage reaches back into this package for pricing and the
shared helpers.
"""
from .catalog import Product, add_product

__all__ = ["Product", "add_product"]

CURRENCY = "EUR"
