"""Per-request options layered over a set of defaults."""
from collections import OrderedDict


class Options(OrderedDict):
    def __init__(self, defaults={}):  # expect: HL101 confirmed
        super().__init__(defaults)
        self._defaults = defaults

    def set_default(self, key, value):
        self._defaults[key] = value
        self.setdefault(key, value)
        return self[key]

    def reset(self, key):
        if key in self._defaults:
            self[key] = self._defaults[key]
        else:
            self.pop(key, None)
        return self.get(key)
