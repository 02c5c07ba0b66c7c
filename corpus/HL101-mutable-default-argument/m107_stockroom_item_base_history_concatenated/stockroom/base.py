"""Item: one stock line. `history + [...]` builds a new list, so the default list is never touched."""


class Item:
    def __init__(self, sku, qty, history=[]):  # expect: HL101 refuted
        self.sku = sku
        self.qty = qty
        self.history = history + [("created", sku, qty)]

    def on_hand(self):
        return self.qty
