"""Plugins bundled with pluginhost; each module exposes setup(hooks)."""
