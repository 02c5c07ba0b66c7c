"""Metric exporters (plugins loaded by name from the config)."""
