"""Catalog package: products and their tags."""
