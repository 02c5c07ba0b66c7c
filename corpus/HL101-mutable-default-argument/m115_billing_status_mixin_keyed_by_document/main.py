"""Billing run: each call issues one invoice and one credit note for a new order."""
import itertools

from billing.docs import Invoice, CreditNote

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    invoice = Invoice(n, [n, n % 7, 3])
    invoice.issue()
    note = CreditNote(n, invoice.total() // 2)
    note.issue()
    return invoice.board_size(), note.amount
