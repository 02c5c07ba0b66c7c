"""Reports: each report's row stream is a generator parked in a default list; suspended, it keeps its frame's data."""
import itertools


def rows_for(account, months):
    ledger = [{"account": account, "month": m, "total": m * 10} for m in range(months)]
    for entry in ledger:
        yield entry


def start_report(account, _pending=[]):  # expect: HL101 confirmed
    stream = rows_for(account, 4)
    first = next(stream)
    _pending.append(stream)
    return first


_accounts = itertools.count()


def scenario():
    start_report(f"ACC-{next(_accounts)}")
