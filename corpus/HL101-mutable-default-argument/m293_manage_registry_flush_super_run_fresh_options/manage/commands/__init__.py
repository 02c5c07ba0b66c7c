"""Concrete commands."""
