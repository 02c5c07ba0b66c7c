"""User service."""
