"""Process-wide service registry, filled once at import time."""
from .service import Service

_services = {}


def register(name, port, **options):
    _services[name] = Service(name, port, **options)


def lookup(name):
    return _services[name]


register("billing", 8081)
register("catalog", 8082)
register("search", 8083, tags=["beta"])
