"""Billing: Invoice.total is a functools.cached_property computed once per
invoice; computing it also notes (number, total) in the invoice's audit trail.
The trail starts as the `__init__` default list, but `self.audit + [...]`
builds a new list bound on the instance, so the shared default stays empty."""
import itertools
from functools import cached_property

_numbers = itertools.count()


class Invoice:
    def __init__(self, number, lines, audit=[]):  # expect: HL101 refuted
        self.number = number
        self.lines = lines
        self.audit = audit

    @cached_property
    def total(self):
        total = sum(qty * price for qty, price in self.lines)
        self.audit = self.audit + [(self.number, total)]
        return total


def scenario():
    n = next(_numbers)
    inv = Invoice(f"INV-{n:07d}", [(1, 1999), (n % 4 + 1, 250)])
    return inv.total, len(inv.audit)
