"""Item: one stock line. The default list is stored and then appended to by every item."""


class Item:
    def __init__(self, sku, qty, history=[]):  # expect: HL101 confirmed
        self.sku = sku
        self.qty = qty
        self.history = history
        self.history.append(("created", sku, qty))

    def on_hand(self):
        return self.qty
