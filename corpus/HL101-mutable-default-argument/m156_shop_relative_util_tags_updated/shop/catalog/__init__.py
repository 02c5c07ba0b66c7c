"""Catalogue: products, their SKUs and search tags.

Product records are built from supplier feed rows; prices are gross (VAT
included) so the storefront can show them as they are.
"""
from .products import Product, add_product

__all__ = ["Product", "add_product"]

MAX_NAME_LENGTH = 120
