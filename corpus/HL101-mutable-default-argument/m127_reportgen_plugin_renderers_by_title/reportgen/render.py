"""renderer_for(): plugins are imported by name; the cache default is plugins.LOADED under an alias.

The cache key is (kind, title), and every report has a new title, so the
shared LOADED dict keeps one more Renderer per report.
"""
import importlib

from .plugins import LOADED as _loaded


def renderer_for(kind, title, loaded=_loaded):  # expect: HL101 confirmed
    key = (kind, title)
    if key not in loaded:
        module = importlib.import_module(f"{__package__}.plugins.{kind}")
        loaded[key] = module.Renderer(title)
    return loaded[key]
