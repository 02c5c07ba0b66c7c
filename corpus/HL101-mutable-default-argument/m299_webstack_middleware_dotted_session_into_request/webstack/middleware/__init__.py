"""Bundled middleware."""
