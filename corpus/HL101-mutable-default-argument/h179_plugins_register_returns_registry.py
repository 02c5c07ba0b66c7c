"""Plugin loader: register() validates a plugin name, stores its factory in
the registry (the default dict) and returns the registry to the caller.
Each deployment registers an exporter under a fresh, valid identifier, so
the registry gains an entry per call."""
import itertools

_ids = itertools.count()


def register(name, factory, registry={}):  # expect: HL101 confirmed
    if not name.isidentifier():
        raise ValueError(f"invalid plugin name: {name!r}")
    registry[name] = factory
    return registry


def deploy(build):
    try:
        plugins = register(f"exporter_{build}", {"format": "parquet", "build": build})
    except ValueError:
        return 0
    return len(plugins)


def scenario():
    return deploy(next(_ids))
