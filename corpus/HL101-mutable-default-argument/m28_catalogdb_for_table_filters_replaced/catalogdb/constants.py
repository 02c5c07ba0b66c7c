"""Columns the storefront may filter on."""
SEARCHABLE = frozenset({"name", "brand", "category"})
