"""Slippy-map tile helpers."""
