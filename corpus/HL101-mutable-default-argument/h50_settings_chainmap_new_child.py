"""Plugin settings with layered lookup: overrides, environment, then built-in defaults."""
import collections
import itertools

_plugins = itertools.count()
BUILTIN = {"timeout": 30, "retries": 3, "enabled": True}


class Settings:
    def __init__(self, environ, overrides={}):  # expect: HL101 refuted
        layers = collections.ChainMap(overrides, environ, BUILTIN)
        self._layers = layers.new_child()

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            value = self._layers[name]
        except KeyError:
            _, _, option = name.rpartition("_")
            if option not in BUILTIN:
                raise AttributeError(name) from None
            value = self._layers[option]
        self._layers[name] = value  # memoise the resolved value
        return value


def load_plugin(name, environ):
    settings = Settings(environ)
    if not getattr(settings, f"{name}_enabled"):
        return None
    return {"name": name, "timeout": getattr(settings, f"{name}_timeout")}


def scenario():
    n = next(_plugins)
    env = {f"plugin{n}_timeout": 5} if n % 2 else {}
    return load_plugin(f"plugin{n}", env)
