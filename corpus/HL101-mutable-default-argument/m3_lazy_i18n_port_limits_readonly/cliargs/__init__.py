"""Argument parsing helpers."""
