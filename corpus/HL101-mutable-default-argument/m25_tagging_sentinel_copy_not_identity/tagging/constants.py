"""Shared constants: NO_TAGS marks 'caller gave no tag list'."""
NO_TAGS = []
KNOWN = ("beach", "city", "snow")
