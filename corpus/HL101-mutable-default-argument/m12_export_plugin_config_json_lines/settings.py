"""Deployment settings (normally read from the environment)."""
EXPORT_FORMAT = "json-lines"
EXPORT_BATCH = 2
