"""Networking helpers shared by the API clients."""
