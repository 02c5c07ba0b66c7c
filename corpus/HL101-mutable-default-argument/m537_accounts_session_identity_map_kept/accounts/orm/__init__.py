"""A minimal unit-of-work layer."""
