"""User service: data access plus instrumentation helpers."""
