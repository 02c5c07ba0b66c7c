"""Minimal unittest-like harness for smoke checks in production."""
