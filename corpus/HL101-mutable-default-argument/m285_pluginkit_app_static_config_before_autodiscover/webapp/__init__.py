"""webapp: the application package."""
