"""Posting: appends one (customer, cents) line to the ledger it is given."""


def post(ledger, customer, cents):
    ledger.lines.append((customer, cents))
    return ledger.total()
