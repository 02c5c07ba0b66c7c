"""Plugin loader: each loaded plugin exports its UI strings."""
import itertools

from i18n import PluginCatalog

_plugins = itertools.count()


def load_plugin(name):
    catalog = PluginCatalog(name, {"title": f"{name} settings", "help": f"Configure {name}."})
    return catalog.export()


def scenario():
    return load_plugin(f"plugin{next(_plugins)}")
