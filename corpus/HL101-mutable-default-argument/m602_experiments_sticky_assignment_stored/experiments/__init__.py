"""A/B experiment helpers."""
