"""Exporters: output formats registered by name."""
