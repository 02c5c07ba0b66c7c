"""Domain objects: a cart and its lines.

Cart stores the `lines` default itself, so every Cart built without
explicit lines shares one list object.
"""


class Line:
    def __init__(self, sku, qty, price):
        self.sku = sku
        self.qty = qty
        self.price = price


class Cart:
    def __init__(self, order_id, lines=[]):  # expect: HL101 confirmed
        self.order_id = order_id
        self.lines = lines
