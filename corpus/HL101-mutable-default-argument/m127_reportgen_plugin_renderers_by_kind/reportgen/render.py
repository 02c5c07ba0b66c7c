"""renderer_for(): plugins are imported by name; the cache default is plugins.LOADED under an alias.

The cache key is the kind alone (two plugins), and the title is set on the
cached Renderer for each report, so LOADED stays at two entries.
"""
import importlib

from .plugins import LOADED as _loaded


def renderer_for(kind, title, loaded=_loaded):  # expect: HL101 refuted
    key = kind
    if key not in loaded:
        module = importlib.import_module(f"{__package__}.plugins.{kind}")
        loaded[key] = module.Renderer(title)
    loaded[key].title = title
    return loaded[key]
