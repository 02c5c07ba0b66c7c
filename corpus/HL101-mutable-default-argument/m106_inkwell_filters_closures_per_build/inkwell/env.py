import re

_VAR = re.compile(r"\{\{\s*(\w+)((?:\|\w+)*)\s*\}\}")


class Environment:
    """Named templates; a filter name maps to a chain of functions."""

    def __init__(self, templates, filters={}):  # expect: HL101 confirmed
        self.templates = templates
        self.filters = filters

    def filter(self, name):
        def register(fn):
            chain = self.filters.setdefault(name, [])
            if fn not in chain:
                chain.append(fn)
            return fn
        return register

    def apply(self, names, value):
        for name in filter(None, names.split("|")):
            for fn in self.filters.get(name, ()):
                value = fn(value)
        return value

    def render(self, template, **context):
        def sub(m):
            return str(self.apply(m.group(2), context[m.group(1)]))
        return _VAR.sub(sub, self.templates[template])
