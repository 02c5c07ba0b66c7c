from .mixins import ItemsMixin


class Cart(ItemsMixin):
    def __init__(self, owner, items=[]):  # expect: HL101 confirmed
        self.owner = owner
        self.items = items

    def total(self):
        return sum(price * qty for _, price, qty in self.items)

    def is_empty(self):
        return not self.items
