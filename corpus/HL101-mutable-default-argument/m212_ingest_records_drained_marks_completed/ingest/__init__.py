"""Readers for key=value settings files."""
