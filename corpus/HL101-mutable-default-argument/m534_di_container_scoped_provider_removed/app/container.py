from .registry import Registry


class Container:
    """Per-request dependency container over a table of providers."""

    def __init__(self, providers={}):  # expect: HL101 refuted
        self.registry = Registry(providers)

    def get(self, name):
        return self.registry.resolve(name)
