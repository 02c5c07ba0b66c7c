"""Resolve template names to expanded source."""
from .cache import SourceCache


class Loader:
    def __init__(self, sources):
        self.cache = SourceCache(sources)

    def load(self, name, seen=set()):  # expect: HL101 confirmed
        if name in seen:
            raise RecursionError(f"template {name!r} includes itself")
        return self.cache.lookup(name, seen)
