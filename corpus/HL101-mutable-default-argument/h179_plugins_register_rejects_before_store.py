"""Plugin loader: register() validates a plugin name, stores its factory in
the registry (the default dict) and returns the registry to the caller.
These deployments use dashed names ("exporter-7"), which are not
identifiers: register() raises before the store and the registry stays empty."""
import itertools

_ids = itertools.count()


def register(name, factory, registry={}):  # expect: HL101 refuted
    if not name.isidentifier():
        raise ValueError(f"invalid plugin name: {name!r}")
    registry[name] = factory
    return registry


def deploy(build):
    try:
        plugins = register(f"exporter-{build}", {"format": "parquet", "build": build})
    except ValueError:
        return 0
    return len(plugins)


def scenario():
    return deploy(next(_ids))
