"""The user-facing cache client."""
from .backends import get_backend


class Cache:
    def __init__(self, backend=None, namespace="default", timeout=300):
        self.backend = backend if backend is not None else get_backend("memory")
        self.namespace = namespace
        self.timeout = timeout
        self.hits = self.misses = 0

    def make_key(self, key):
        return "%s:%s" % (self.namespace, str(key).strip().lower())

    def get_or_set(self, key, producer):
        full_key = self.make_key(key)
        value = self.backend.get(full_key)
        if value is not None:
            self.hits += 1
            return value
        self.misses += 1
        value = producer()
        if value is not None:
            self.backend.set(full_key, value)
        return value
