from bakery import Order

from .base import Builder


class OrderBuilder(Builder):
    model = Order

    def __init__(self, customer):
        super().__init__()
        self.with_(customer=customer, lines=[])

    def line(self, sku, qty=1):
        self.fields["lines"].append((sku, qty))
        return self
