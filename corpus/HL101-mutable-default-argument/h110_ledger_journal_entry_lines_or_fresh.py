"""Accounting: a `JournalEntry` is built from a memo and optional opening
lines, then balanced lines are added with `debit`/`credit`. The constructor
uses `lines or []`: the default is an empty (falsy) list, so each entry
without opening lines gets a fresh list and the default stays empty."""
import itertools
from decimal import Decimal

_entries = itertools.count()


class JournalEntry:
    def __init__(self, memo, lines=[]):  # expect: HL101 refuted
        self.memo = memo
        self.lines = lines or []

    def debit(self, account, amount):
        self.lines.append((account, Decimal(amount), Decimal(0)))
        return self

    def credit(self, account, amount):
        self.lines.append((account, Decimal(0), Decimal(amount)))
        return self

    @property
    def balanced(self):
        return sum(d for _, d, _ in self.lines) == sum(c for _, _, c in self.lines)


def scenario():
    n = next(_entries)
    entry = JournalEntry("INV-%05d" % n)
    entry.debit("1200 Receivables", "%d.50" % n).credit("4000 Revenue", "%d.50" % n)
    return entry.memo, entry.balanced
