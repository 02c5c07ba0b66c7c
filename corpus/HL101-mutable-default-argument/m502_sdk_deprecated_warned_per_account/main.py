"""Billing SDK in use: each call is a different account fetching an invoice
through the old, deprecated entry point."""
import itertools

from billing_sdk import client

_accounts = itertools.count()


def scenario():
    n = next(_accounts)
    invoice = client.get_invoice(f"INV-{n:06d}", account=f"acct-{n}")
    return invoice["total"]
