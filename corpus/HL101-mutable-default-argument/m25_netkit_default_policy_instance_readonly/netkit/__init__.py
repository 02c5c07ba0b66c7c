"""Tiny network client."""
