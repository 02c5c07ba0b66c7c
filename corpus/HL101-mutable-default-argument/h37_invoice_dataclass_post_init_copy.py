"""Billing: Invoice.draft() passes its default line list to the dataclass, whose __post_init__ copies it."""
import itertools
from dataclasses import dataclass


@dataclass
class Invoice:
    number: str
    lines: list

    def __post_init__(self):
        self.lines = list(self.lines)

    @classmethod
    def draft(cls, number, lines=[]):  # expect: HL101 refuted
        return cls(number, lines)

    def add_line(self, text, amount):
        self.lines.append((text, amount))

    def total(self):
        return sum(amount for _, amount in self.lines)


_numbers = itertools.count()


def scenario():
    n = next(_numbers)
    invoice = Invoice.draft(f"INV-{n:05d}")
    invoice.add_line(f"consulting, week {n}", 100 + n)
    return invoice.total()
