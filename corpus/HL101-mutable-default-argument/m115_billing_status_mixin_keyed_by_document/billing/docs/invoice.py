"""Invoices and credit notes; both post their status through self.post_status()."""
from .document import Document


class Invoice(Document):
    def __init__(self, number, amounts):
        super().__init__(number)
        self.amounts = amounts

    def total(self):
        return sum(self.amounts)


class CreditNote(Document):
    def __init__(self, number, amount):
        super().__init__(number)
        self.amount = amount
        self.post_status(f"credit {amount}")
