"""Settlement: `settle` applies a payment's allocations, largest first, to a
Ledger and returns what is still open on the invoice, stopping once it is
paid. Callers that don't pass a ledger share the Ledger instance created
when the function was defined, and its per-invoice totals keep an entry for
every invoice ever settled."""
import itertools
from collections import defaultdict
from decimal import Decimal

_payments = itertools.count()


class Ledger:
    def __init__(self):
        self.totals = defaultdict(Decimal)
        self.postings = 0

    def apply(self, invoice, amount):
        self.totals[invoice] += amount
        self.postings += 1
        return self.totals[invoice]


def settle(invoice, amount_due, allocations, ledger=Ledger()):  # expect: HL101 confirmed
    paid = Decimal(0)
    for amount in sorted(allocations, reverse=True):
        paid = ledger.apply(invoice, amount)
        if paid >= amount_due:
            break
    return max(amount_due - paid, Decimal(0))


def scenario():
    n = next(_payments)
    due = Decimal(200 + n % 300)
    allocations = [Decimal(50), Decimal(n % 40) + Decimal("0.10"), Decimal(120)]
    return str(settle(f"INV-{n:07d}", due, allocations))
