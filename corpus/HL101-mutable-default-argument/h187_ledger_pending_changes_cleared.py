"""Ledger entries track unsaved changes: __setattr__ runs the FIELDS validator,
stores the value and records (name, value) in self._pending, the `pending=[]`
default of __init__; save() empties it with clear() after journaling."""
import itertools


class Positive:
    def __call__(self, value):
        if value <= 0:
            raise ValueError("amount must be positive")
        return value


class LedgerEntry:
    FIELDS = {"amount": Positive(), "currency": str.upper, "memo": str.strip}

    def __init__(self, amount, currency, memo, pending=[]):  # expect: HL101 refuted
        object.__setattr__(self, "_pending", pending)
        self.amount = amount
        self.currency = currency
        self.memo = memo

    def __setattr__(self, name, value):
        value = self.FIELDS[name](value)
        object.__setattr__(self, name, value)
        self._pending.append((name, value))

    def save(self):
        lines = [f"{name}={value}" for name, value in self._pending]
        self._pending.clear()
        return lines


_entries = itertools.count()


def scenario():
    n = next(_entries)
    entry = LedgerEntry(10 + n % 90, "eur", f" invoice INV-{n:06d} settled ")
    return len(entry.save())
