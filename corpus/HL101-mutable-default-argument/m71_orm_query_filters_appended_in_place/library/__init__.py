"""The library catalogue app."""
