"""ORM base class: pending changes default to a list shared by every instance."""


class Model:
    def __init__(self, changes=[]):  # expect: HL101 confirmed
        self._changes = changes

    def mark(self, field, value):
        self._changes.append((field, value))

    def dirty(self):
        return bool(self._changes)
