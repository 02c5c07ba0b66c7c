"""Metrics package: counters with a per-process registry; the dev server reloads it on change."""
