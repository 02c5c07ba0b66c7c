"""Billing dashboard: each request renders the (possibly empty) invoice summary of one account."""
import itertools

import reporting

_requests = itertools.count()


def invoice_summary(account, invoices):
    if invoices:
        return reporting.render_table(f"account {account}", invoices)
    return reporting.render_table(f"account {account}")


def scenario():
    n = next(_requests)
    invoices = [(f"inv-{n}", n)] if n % 2 else []
    return invoice_summary(f"acct-{n}", invoices)
