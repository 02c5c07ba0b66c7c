"""Shared export machinery."""
