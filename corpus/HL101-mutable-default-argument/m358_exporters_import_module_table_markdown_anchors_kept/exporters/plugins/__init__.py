"""Built-in export plugins; each module defines render(title, rows)."""
