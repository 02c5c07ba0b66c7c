"""Built-in commands."""
