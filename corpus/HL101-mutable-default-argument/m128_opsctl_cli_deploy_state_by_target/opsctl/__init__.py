"""opsctl: a small deployment command line."""
