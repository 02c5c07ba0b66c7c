"""Ledger import: each call loads one day's bank export through the importer.

Every amount in these exports parses, so storage.save never takes its
except branch and the default errors list is never appended to.
"""
import itertools

from ledger import import_day

_days = itertools.count(1)


def scenario():
    n = next(_days)
    rows = [
        {"id": f"{n}-1", "amount": "12.50", "account": "cash"},
        {"id": f"{n}-2", "amount": "3.00", "account": "bank"},
        {"id": f"{n}-3", "amount": f"{n % 90}.25", "account": "cash"},
    ]
    report = import_day(f"2024-day-{n}", rows)
    assert report["saved"] == 3 and report["rejected"] == 0, report
    return report
