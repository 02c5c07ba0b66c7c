"""Schema checks."""
