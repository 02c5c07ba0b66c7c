"""shop: a small storefront application."""
