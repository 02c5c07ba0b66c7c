"""Bundled plugins; each module defines setup(host)."""
