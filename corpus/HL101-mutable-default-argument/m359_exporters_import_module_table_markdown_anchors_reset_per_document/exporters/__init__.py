"""exporters: output formats are plugins, imported by name on first use."""
import importlib

FORMATS = {
    "csv": "tabular",
    "md": "markdown",
}


def export(fmt, title, rows):
    plugin = importlib.import_module("exporters.plugins." + FORMATS[fmt])
    return plugin.render(title, rows)
