"""Format registry: resolves a markup name to its plugin module and runs it."""
import importlib

from .plugins import AVAILABLE


def load(name, _loaded={}):  # expect: HL101 refuted
    if name not in AVAILABLE:
        raise ValueError(f"unknown markup format: {name!r}")
    if name not in _loaded:
        _loaded[name] = importlib.import_module("docconv.plugins." + name)
    return _loaded[name]


def convert(name, text, context={}):  # expect: HL101 confirmed
    """Render `text` with the plugin registered for the markup `name`."""
    plugin = load(name)
    return plugin.render(text, context)
