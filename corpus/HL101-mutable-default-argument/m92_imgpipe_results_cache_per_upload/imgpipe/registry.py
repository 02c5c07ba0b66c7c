"""Registry: name -> filter function, filled by @register in the filter modules."""


class Registry:
    def __init__(self, kind, entries={}):  # expect: HL101 refuted
        self.kind = kind
        self.entries = entries

    def register(self, name):
        def decorate(fn):
            self.entries[name] = fn
            return fn
        return decorate

    def get(self, name):
        try:
            return self.entries[name]
        except KeyError:
            raise LookupError(f"unknown {self.kind}: {name!r}") from None


FILTERS = Registry("filter")
register = FILTERS.register
