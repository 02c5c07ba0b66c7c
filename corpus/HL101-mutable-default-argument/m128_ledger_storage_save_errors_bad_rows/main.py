"""Ledger import: each call loads one day's bank export through the importer.

Every export carries one row whose amount the bank wrote as "n/a", so
storage.save takes its except branch once per call.
"""
import itertools

from ledger import import_day

_days = itertools.count(1)


def scenario():
    n = next(_days)
    rows = [
        {"id": f"{n}-1", "amount": "12.50", "account": "cash"},
        {"id": f"{n}-2", "amount": "n/a", "account": "bank"},
        {"id": f"{n}-3", "amount": f"{n % 90}.25", "account": "cash"},
    ]
    report = import_day(f"2024-day-{n}", rows)
    assert report["saved"] == 2 and report["rejected"] == 1, report
    return report
