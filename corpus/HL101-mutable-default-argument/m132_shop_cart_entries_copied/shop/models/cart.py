"""Cart: an OwnedRecord whose entries are Items."""
from .record import OwnedRecord


class Cart(OwnedRecord):
    def total(self):
        return sum(item.subtotal() for item in self.entries)
