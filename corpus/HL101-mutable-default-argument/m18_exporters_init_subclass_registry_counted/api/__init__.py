"""HTTP handlers (transport omitted)."""
