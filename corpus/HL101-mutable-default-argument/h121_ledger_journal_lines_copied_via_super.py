"""Ledger: a Journal copies the lines handed to __init__ into its own list,
and SalesJournal forwards its keyword arguments there through super().
Journals opened without explicit lines get a fresh copy of the (always
empty) default, so postings live and die with their journal."""
import itertools
from dataclasses import dataclass
from decimal import Decimal

_docs = itertools.count()


@dataclass(frozen=True)
class Line:
    account: str
    debit: Decimal = Decimal(0)
    credit: Decimal = Decimal(0)


class Journal:
    def __init__(self, name, currency="EUR", lines=[]):  # expect: HL101 refuted
        self.name, self.currency, self.lines = name, currency, list(lines)

    def post(self, account, **amounts):
        self.lines.append(Line(account, **amounts))


class SalesJournal(Journal):
    def __init__(self, period, **kwargs):
        super().__init__(f"sales-{period}", **kwargs)

    def invoice(self, number, amount):
        self.post(f"1200-receivables/{number}", debit=amount)
        self.post("4000-revenue", credit=amount)


def scenario():
    n = next(_docs)
    journal = SalesJournal(f"2024-{n % 12 + 1:02d}", currency="EUR")
    journal.invoice(f"INV-{n:06d}", Decimal(n % 500) + Decimal("0.99"))
    return sum(line.debit - line.credit for line in journal.lines)
