"""Small helpers shared by every service module."""
