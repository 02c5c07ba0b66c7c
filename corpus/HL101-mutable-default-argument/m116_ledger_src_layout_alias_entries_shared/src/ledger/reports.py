"""Read-only reports over a journal (a list of (ref, account, amount) entries)."""

CASH_ACCOUNTS = ("cash", "bank")


def balance(entries, accounts=CASH_ACCOUNTS):
    return sum(amount for _, account, amount in entries if account in accounts)
