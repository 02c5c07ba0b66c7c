"""Outgoing newsletter mail."""
