class Invoice:
    def __init__(self, number, lines=[]):  # expect: HL101 confirmed
        self._number = number
        self._lines = lines

    @property
    def number(self):
        return self._number

    @property
    def lines(self):
        """The (sku, qty, unit_price) lines; callers must not modify them."""
        return self._lines
