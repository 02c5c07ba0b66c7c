"""Process-wide plugin registry (a plain dict)."""

PLUGINS = {}


def lookup(key):
    return PLUGINS.get(key)
