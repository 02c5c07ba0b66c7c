"""Factory registry with factory_boy's two strategies, picked by name."""
__all__ = ["register", "build", "create"]

_FACTORIES = {}


def register(name):
    def decorate(factory):
        _FACTORIES[name] = factory
        return factory

    return decorate


def build(name, **fields):
    """An unsaved object: nothing outside the test keeps it."""
    return _FACTORIES[name](**fields)


def create(name, saved=[], **fields):  # expect: HL101 refuted
    """A "saved" object: kept in the session list so tests can query it later.

    The test-suite only ever picks the "build" strategy, so create() is never
    called and the default session list stays empty.
    """
    obj = build(name, **fields)
    saved.append(obj)
    return obj
