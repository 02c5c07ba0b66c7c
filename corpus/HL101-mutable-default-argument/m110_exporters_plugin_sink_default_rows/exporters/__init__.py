"""exporters: one plugin module per format, named <format>_out."""
import importlib


def get(fmt):
    """The `open_sink` factory of the plugin for a format name."""
    module = importlib.import_module(f"{__name__}.{fmt}_out")
    return module.open_sink
