"""Accounts service: each call opens a new account and audits it."""
import itertools

from accounts.models import Account

_ids = itertools.count()


def scenario():
    n = next(_ids)
    account = Account(f"acct-{n:06d}")
    account.deposit(n % 500 + 1)
    return account.balance
