"""Orders are placed here and booked by the ledger (which imports this module back)."""
import ledger

TAX_RATE = 0.2


class Invoice:
    def __init__(self, customer, lines):
        self.customer = customer
        self.lines = lines

    def total(self):
        net = sum(amount for _, amount in self.lines)
        return round(net * (1 + TAX_RATE), 2)


def open_invoice(customer, lines=[]):  # expect: HL101 confirmed
    return Invoice(customer, lines)


def place(customer, sku, amount):
    entry = ledger.book(customer, sku, amount)
    return {"total": entry["total"], "currency": ledger.BOOK_CURRENCY}
