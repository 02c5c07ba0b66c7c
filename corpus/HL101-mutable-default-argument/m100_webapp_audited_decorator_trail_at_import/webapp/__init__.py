"""webapp: app (routing) -> views -> middleware and audit helpers."""
