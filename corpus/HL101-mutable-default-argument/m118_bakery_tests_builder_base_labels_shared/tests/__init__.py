"""Bakery test-suite."""
