"""Container properties built on Property."""
from .base import Property


class List(Property[list]):
    def __init__(self, item, *, default=[]):  # expect: HL101 refuted
        super().__init__(default=default)
        self.item_type = type(item).__name__
        self.add(item)

    def values(self):
        return list(self.get())
