"""Builder: compile every source of a target, then link the objects."""
from . import cache
from .compiler import compile_unit, link


class Builder:
    def __init__(self, target):
        self.target = target

    def compile(self, path, data):
        # first-party code changes on every commit; only vendored code is reused
        if path.startswith("vendor/"):
            return cache.fetch(data, compile_unit)
        return compile_unit(data)

    def build(self, sources):
        objects = [self.compile(path, sources[path]) for path in sorted(sources)]
        return link(self.target, objects)
