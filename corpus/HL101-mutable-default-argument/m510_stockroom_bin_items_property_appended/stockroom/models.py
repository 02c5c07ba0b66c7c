class Bin:
    """A storage bin; `items` is the list of stock lines held in it."""

    def __init__(self, code, items=[]):  # expect: HL101 confirmed
        self.code = code
        self._items = items

    @property
    def items(self):
        return self._items

    @items.setter
    def items(self, value):
        self._items = value
