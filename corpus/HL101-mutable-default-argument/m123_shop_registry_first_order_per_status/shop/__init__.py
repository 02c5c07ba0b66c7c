"""shop: checkout and order tracking."""
