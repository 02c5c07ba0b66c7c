"""exports: CSV-like downloads."""
