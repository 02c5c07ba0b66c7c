"""Plugins for the gateway, found by module name."""
