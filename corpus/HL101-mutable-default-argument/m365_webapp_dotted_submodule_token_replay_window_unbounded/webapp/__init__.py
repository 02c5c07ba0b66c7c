"""webapp: a small JSON API."""
