"""Minimal query builder for the product catalogue."""
