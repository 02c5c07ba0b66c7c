"""Renderer plugins, one module per output kind; LOADED caches renderer instances."""
LOADED = {}
