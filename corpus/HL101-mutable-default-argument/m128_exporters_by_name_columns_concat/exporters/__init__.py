"""exporters: output formats, looked up by module name."""
import importlib


def get(name):
    module = importlib.import_module(f".{name}", __name__)
    return module.EXPORTER()
