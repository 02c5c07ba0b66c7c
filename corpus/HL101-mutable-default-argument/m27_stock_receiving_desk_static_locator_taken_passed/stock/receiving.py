"""Receiving desk: books a delivery line and asks the locator for a bin."""
from .bins import BinLocator


class ReceivingDesk:
    def __init__(self, warehouse):
        self.warehouse = warehouse
        self.received = 0

    def receive(self, sku, qty, taken=None):
        if qty <= 0:
            raise ValueError(f"nothing to receive for {sku}")
        if taken is None:
            bin_code = BinLocator.assign(sku)
        else:
            bin_code = BinLocator.assign(sku, taken)
        self.received += qty
        return f"{self.warehouse}/{bin_code}: {qty} x {sku}"
