"""A small web framework."""
