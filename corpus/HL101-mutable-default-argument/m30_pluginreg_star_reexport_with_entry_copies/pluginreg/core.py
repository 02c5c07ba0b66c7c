from .store import Registry

__all__ = ["register", "create"]


def register(name, factory, registry=Registry()):  # expect: HL101 refuted
    if not callable(factory):
        raise TypeError("plugin factory must be callable")
    return registry.with_entry(name, factory)


def create(registry, name, *args, **kwargs):
    return registry.get(name)(*args, **kwargs)
