"""webhook: class decorator that files a handler class in the route table it was given."""


def webhook(cls, routes={}):  # expect: HL101 confirmed
    routes[f"{cls.__name__}:{cls.tenant}"] = cls
    cls.routes = routes
    return cls
