"""Account balances, derived from journal entries."""
from . import journal


def post(account, amount, entries=[]):  # expect: HL101 confirmed
    """Post `amount` to `account` unless it would overdraw it; return the new balance."""
    journal.commit(entries, account, amount)
    return balance(account, entries)


def balance(account, entries):
    return sum(amt for acc, amt in entries if acc == account)
