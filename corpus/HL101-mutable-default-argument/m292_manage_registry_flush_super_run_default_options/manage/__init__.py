"""manage: admin commands."""
