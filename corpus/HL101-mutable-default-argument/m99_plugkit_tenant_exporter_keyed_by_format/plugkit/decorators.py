"""Registration decorators: @exporter("csv") puts a function in a table."""
from .tables import registry

__all__ = ["exporter"]


def exporter(name):
    def deco(func):
        registry("exporters")[name] = func
        func.plugin_name = name
        return func

    return deco
