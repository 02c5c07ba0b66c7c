"""shop: storefront flows."""
