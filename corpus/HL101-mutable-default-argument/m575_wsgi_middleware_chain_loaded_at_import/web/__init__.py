"""A micro web framework: middleware wraps views, Django-style."""
