"""Wallet service: credit one newly opened account per call."""
import itertools

from ledger import accounts

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return accounts.post(f"acct-{n:07d}", 100 + n % 50)
