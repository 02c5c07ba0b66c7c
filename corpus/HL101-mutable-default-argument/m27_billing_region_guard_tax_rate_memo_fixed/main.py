"""Invoicing: each order is invoiced with the tax of its billing region."""
import itertools

from billing.invoice import Invoice

_orders = itertools.count()

ROUTES = (("DE", "EUR"), ("FR", "EUR"), ("GB", "GBP"), ("US", "USD"), ("CH", "CHF"))


def scenario():
    n = next(_orders)
    region, currency = ROUTES[n % len(ROUTES)]
    invoice = Invoice(f"INV-{n:07d}", region, currency)
    invoice.add_line("subscription", 19.0 + n % 50)
    return invoice.total()
