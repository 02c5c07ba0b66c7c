"""Name -> send function; filled once, at import, by the @plugin decorator."""

_PLUGINS = {}


def plugin(name):
    def register(fn):
        _PLUGINS[name] = fn
        return fn
    return register


def lookup(name):
    return _PLUGINS[name]
