from .store import Registry

__all__ = ["register", "create"]


def register(name, factory, registry=Registry()):  # expect: HL101 confirmed
    if not callable(factory):
        raise TypeError("plugin factory must be callable")
    return registry.add(name, factory)


def create(registry, name, *args, **kwargs):
    return registry.get(name)(*args, **kwargs)
