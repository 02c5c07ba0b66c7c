"""Tiny web stack: request hooks are looked up in a table built at import."""
