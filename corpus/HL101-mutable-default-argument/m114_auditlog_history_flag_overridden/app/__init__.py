"""app: the login service."""
