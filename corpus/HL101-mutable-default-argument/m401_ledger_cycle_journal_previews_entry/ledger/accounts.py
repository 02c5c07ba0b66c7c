"""Account balances, derived from journal entries."""
from . import journal


def post(account, amount, entries=[]):  # expect: HL101 refuted
    """Check that posting `amount` to `account` would not overdraw it; return the projected balance."""
    return journal.preview(entries, account, amount)


def balance(account, entries):
    return sum(amt for acc, amt in entries if acc == account)
