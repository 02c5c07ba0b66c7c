"""Payments: a ledger yields its entries lazily and records each entry read, for the access audit."""
import itertools


class Ledger:
    # heaplint-todo: `in` falling back to __iter__ on a class without __contains__ is not modelled (heaplint: unknown)
    def __init__(self, entries, reads=[]):  # expect: HL101 refuted
        self.entries = entries
        self.reads = reads

    def __iter__(self):
        for entry in self.entries:
            self.reads.append(entry)
            yield entry

    def __contains__(self, entry):
        return entry in self.entries

    def total(self):
        return sum(amount for _, amount in self)


def already_paid(ledger, invoice_id, amount):
    return (invoice_id, amount) in ledger


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    ledger = Ledger([(f"inv-{n - 1}", 120), (f"inv-{n}", 80)])
    return already_paid(ledger, f"inv-{n}", 80)
