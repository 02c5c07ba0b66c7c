"""minitwist: a tiny event-driven networking core."""
