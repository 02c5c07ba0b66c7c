"""Lint plugins, one module per check."""
