"""View modules."""
