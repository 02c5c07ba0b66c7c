class Cart:
    def __init__(self, owner, items=[]):  # expect: HL101 refuted
        self.owner = owner
        self.items = items

    def total(self):
        return sum(price * qty for _, price, qty in self.items)

    def is_empty(self):
        return not self.items
