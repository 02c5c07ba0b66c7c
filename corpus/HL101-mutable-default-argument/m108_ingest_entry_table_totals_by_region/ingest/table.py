"""Build the kind -> handler table once, from the module names in config."""
from importlib import import_module

from . import config


def build_table(names=None):
    table = {}
    for name in names or config.ENTRY_MODULES:
        module = import_module(name)
        table[module.KIND] = getattr(module, "handle")
    return table


TABLE = build_table()
