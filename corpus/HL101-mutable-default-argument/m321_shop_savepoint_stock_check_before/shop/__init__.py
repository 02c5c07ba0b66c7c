"""shop: checkout domain logic."""
