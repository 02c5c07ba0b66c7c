"""A small GUI toolkit."""
