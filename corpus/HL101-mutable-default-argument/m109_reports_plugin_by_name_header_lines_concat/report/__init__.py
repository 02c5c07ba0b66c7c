"""Report rendering; output formats are plugins looked up by name."""
import importlib

from .options import *  # noqa: F403  FORMATS, DEFAULT_FORMAT


def render(rows, fmt=DEFAULT_FORMAT):  # noqa: F405
    if fmt not in FORMATS:  # noqa: F405
        raise ValueError(f"unknown format {fmt!r}")
    plugin = importlib.import_module(f".formats.{fmt}", __name__)
    return plugin.render(rows)
