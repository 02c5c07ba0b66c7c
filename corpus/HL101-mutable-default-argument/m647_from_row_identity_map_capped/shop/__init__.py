"""shop: ORM-style base model and concrete models."""
