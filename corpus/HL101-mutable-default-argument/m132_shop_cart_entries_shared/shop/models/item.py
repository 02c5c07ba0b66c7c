"""Item: one cart line (sku, unit price in cents, quantity)."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    sku: str
    cents: int
    qty: int = 1

    def subtotal(self):
        return self.cents * self.qty
