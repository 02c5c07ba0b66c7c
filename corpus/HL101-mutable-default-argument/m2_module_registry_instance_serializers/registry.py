"""Serializer registry: one module-level Registry instance shared by the whole app."""


class Registry:
    def __init__(self):
        self._factories = {}

    def register(self, fmt, factory):
        self._factories[fmt] = factory
        return factory

    def create(self, fmt, options={}):  # expect: HL101 refuted
        settings = {"indent": None, "sort_keys": False}
        settings.update(options)
        return self._factories[fmt](**settings)


SERIALIZERS = Registry()
