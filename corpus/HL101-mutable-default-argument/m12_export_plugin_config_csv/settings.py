"""Deployment settings (normally read from the environment)."""
EXPORT_FORMAT = "csv"
EXPORT_BATCH = 2
