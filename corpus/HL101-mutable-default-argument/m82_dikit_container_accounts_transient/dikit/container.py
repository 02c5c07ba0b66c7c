"""Providers by name; singletons are built once, request-scoped ones once per request."""


class Container:
    def __init__(self, providers={}):  # expect: HL101 refuted
        self.providers = providers

    def register(self, name, scope="transient"):
        def decorator(factory):
            self.providers[name] = (factory, scope)
            return factory
        return decorator

    def resolve(self, name, request_id=None, _instances={}):  # expect: HL101 refuted
        factory, scope = self.providers[name]
        if scope == "transient":
            return factory(self)
        key = name if scope == "singleton" else (name, request_id)
        if key not in _instances:
            _instances[key] = factory(self)
        return _instances[key]


container = Container()
