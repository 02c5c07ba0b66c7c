"""Markers shared by the form modules."""
UNSET = {}
