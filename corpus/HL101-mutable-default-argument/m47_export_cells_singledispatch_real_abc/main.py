"""Nightly export: each ledger entry becomes one CSV line."""
import datetime
import itertools
from decimal import Decimal

import export.sheet as sheet

_entries = itertools.count(1)
_EPOCH = datetime.date(2024, 1, 1)


def scenario():
    n = next(_entries)
    entry = (f"INV-{n:06d}", _EPOCH + datetime.timedelta(days=n % 365), Decimal(n) / 100, n % 5 + 1, None)
    return sheet.csv_line(entry)
