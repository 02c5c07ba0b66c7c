"""Serialisation helpers."""
