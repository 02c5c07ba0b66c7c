"""webhook: class decorator that files a handler class in the route table it was given.

The key is the class name, so a tenant's new TenantHandler replaces the previous one: the table stays at one entry.
"""


def webhook(cls, routes={}):  # expect: HL101 refuted
    routes[cls.__name__] = cls
    cls.routes = routes
    return cls
