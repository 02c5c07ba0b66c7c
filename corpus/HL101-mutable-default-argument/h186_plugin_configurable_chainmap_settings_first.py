"""Plugin host: a Plugin initialises Named and Configurable in turn by
explicit calls, passing its settings dict on positionally. Configurable
layers it over the built-in defaults with ChainMap(settings, DEFAULTS);
writes to a ChainMap go to its first map, so every plugin's per-instance
key lands in the shared default settings dict."""
import itertools
from collections import ChainMap

_ids = itertools.count()
DEFAULTS = {"enabled": True, "timeout": 30}


class Named:
    def __init__(self, name):
        self.name = name


class Configurable:
    def __init__(self, settings):
        self.settings = ChainMap(settings, DEFAULTS)


class Plugin(Named, Configurable):
    def __init__(self, name, settings={}):  # expect: HL101 confirmed
        Named.__init__(self, name)
        Configurable.__init__(self, settings)
        self.settings[f"{name}.loaded_at"] = len(name) * 1000


def scenario():
    n = next(_ids)
    plugin = Plugin(f"thumbnailer-{n}")
    return plugin.settings["timeout"], plugin.settings[f"{plugin.name}.loaded_at"]
