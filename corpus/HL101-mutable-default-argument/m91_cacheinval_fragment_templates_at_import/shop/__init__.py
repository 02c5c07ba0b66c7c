"""shop: the catalogue models and their cached HTML."""
