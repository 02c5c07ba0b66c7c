"""Tracing package: span recording and export."""
