"""Preference objects: each one writes its own values over shared defaults."""
from collections import ChainMap


class Layered:
    def __init__(self, owner, defaults):
        self.owner = owner
        self._values = ChainMap(defaults)

    def get(self, key, fallback=None):
        return self._values.get(key, fallback)

    def set(self, key, value):
        self._values[key] = value
        return self

    def update(self, values):
        for key, value in values.items():
            self.set(key, value)
        return self

    def __contains__(self, key):
        return key in self._values

    def __repr__(self):
        return f"<{type(self).__name__} {self.owner}: {dict(self._values)}>"
