"""Entity base: a key and a change list handed in by the caller."""


class Entity:
    def __init__(self, key, changes=[]):  # expect: HL101 confirmed
        self.key = key
        self._changes = changes

    def describe(self):
        return f"{type(self).__name__}({self.key}, {len(self._changes)} changes)"
