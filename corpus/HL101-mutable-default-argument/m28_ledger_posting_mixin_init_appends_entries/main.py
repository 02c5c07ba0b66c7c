"""Onboarding: each new customer gets a savings account with a first deposit."""
import itertools

from ledger import Savings

_signups = itertools.count()


def scenario():
    n = next(_signups)
    account = Savings(f"customer-{n:06d}")
    account.post(f"deposit #{n}", 100 + n % 50)
    return account.accrue()
