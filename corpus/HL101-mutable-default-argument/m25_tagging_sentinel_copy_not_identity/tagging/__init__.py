"""Auto-tagging for uploads."""
