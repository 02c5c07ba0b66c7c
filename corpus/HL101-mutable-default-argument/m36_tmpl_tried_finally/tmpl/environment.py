"""Environment: ties a loader, a search path and the bytecode cache together."""
from .bccache import BytecodeCache
from .loaders import iter_candidates

SHARED_CACHE = BytecodeCache(capacity=16)


class Template:
    def __init__(self, path, code):
        self.path, self.code = path, code

    def render(self, **context):
        return self.code.format_map(context)


class Environment:
    def __init__(self, loader, searchpath=("",), cache=None):
        self.loader = loader
        self.searchpath = tuple(searchpath)
        self.cache = cache or SHARED_CACHE

    def get_template(self, name):
        for candidate in iter_candidates(name, self.searchpath):
            source = self.loader.get_source(candidate)
            if source is None:
                continue
            return Template(candidate, self.cache.get_code(candidate, source))
