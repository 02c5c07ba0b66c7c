"""shop: checkout flow built on the shared hooks registry."""
