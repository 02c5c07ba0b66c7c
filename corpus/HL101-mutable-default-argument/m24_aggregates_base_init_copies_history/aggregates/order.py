from .base import Aggregate
from .events import OrderPlaced


class Order(Aggregate):
    def __init__(self, order_id, history=[]):  # expect: HL101 refuted
        self.order_id = order_id
        self.lines = {}
        super().__init__(history)

    def place(self, sku, qty):
        self.record(OrderPlaced(self.order_id, sku, qty))

    def apply(self, event):
        self.lines[event.sku] = self.lines.get(event.sku, 0) + event.qty
