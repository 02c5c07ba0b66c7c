"""Tiny app: storage with save hooks."""
