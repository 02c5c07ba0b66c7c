"""Per-type validator registry (dicts used as ordered sets)."""


class ValidatorRegistry:
    def __init__(self, name, by_type={}):  # expect: HL101 refuted
        self.name = name
        self._by_type = by_type

    def register(self, *types):
        def decorate(fn):
            for tp in types:
                self._by_type.setdefault(tp, {})[fn.__qualname__] = fn
            return fn
        return decorate

    def validators_for(self, value):
        for tp in type(value).__mro__:
            found = self._by_type.get(tp)
            if found:
                return list(found.values())
        return []
