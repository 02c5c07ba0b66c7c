"""Shared model behaviour."""
