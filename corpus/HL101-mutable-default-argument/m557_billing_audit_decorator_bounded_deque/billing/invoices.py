"""Invoice service; state-changing methods are audited."""
from util.audit import audited


class InvoiceService:
    def __init__(self, currency):
        self.currency = currency
        self.issued = 0

    @audited("invoice.issue")
    def issue(self, customer, amount):
        self.issued += 1
        return "INV-%06d %s %d %s" % (self.issued, customer, amount, self.currency)
