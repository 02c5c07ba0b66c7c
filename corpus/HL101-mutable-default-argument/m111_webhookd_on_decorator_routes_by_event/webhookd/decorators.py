"""@on(key): a decorator factory that forwards to the route registry."""
from . import registry


def on(key, table=None):
    def decorate(fn):
        if table is None:
            fn.routes = registry.register(key, fn)
        else:
            fn.routes = registry.register(key, fn, table)
        return fn
    return decorate
