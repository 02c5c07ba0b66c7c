"""Provider registry: factories by name, instances cached per (name, scope)."""
_factories = {}


def provider(name):
    """Class decorator: register the class as the factory for ``name``."""
    def register(factory):
        _factories[name] = factory
        return factory
    return register


def resolve(name, scope=None, cache={}):  # expect: HL101 confirmed
    """Instance of ``name`` for ``scope`` (None: one process-wide singleton)."""
    key = (name, scope)
    if key not in cache:
        cache[key] = _factories[name]()
    return cache[key]
