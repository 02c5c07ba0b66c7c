"""Bookkeeping app: one CSV export per call, for a new account's entries."""
import itertools

import ledger

_ids = itertools.count()


def scenario():
    n = next(_ids)
    entries = [
        {"date": "2024-03-01", "payee": "Rent", "amount": -95000},
        {"date": "2024-03-02", "payee": f"Client {n}", "amount": 12000 + n},
    ]
    return ledger.export_csv(entries, memo_field=f"acct{n}_memo")
