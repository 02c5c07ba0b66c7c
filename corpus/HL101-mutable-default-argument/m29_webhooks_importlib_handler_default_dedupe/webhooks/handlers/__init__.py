"""Event handlers, one module per event type, loaded on demand."""
