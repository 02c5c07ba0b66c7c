"""webapp: a thread-per-request application server."""
