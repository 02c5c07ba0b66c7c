"""Product catalog views."""
