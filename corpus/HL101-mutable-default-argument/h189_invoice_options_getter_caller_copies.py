"""Billing: invoice_options() returns the customer's own options or, for
customers without any, its default dict. The invoice renderer copies the
returned dict with dict() before memoising the invoice's memo line, so the
per-invoice key goes into a throwaway copy and the default stays empty."""
import itertools


def invoice_options(customer, opts={}):  # expect: HL101 refuted
    return customer.get("invoice_options") or opts


def render_invoice(customer, invoice_id, amount):
    opts = dict(invoice_options(customer))
    memo = opts.setdefault(f"memo:{invoice_id}", f"Invoice {invoice_id} for {customer['name']}")
    currency = opts.get("currency", "EUR")
    return f"{memo}: {amount:.2f} {currency}"


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    customer = {"name": f"Customer {n}", "vat": f"DE{n:09d}"}
    return render_invoice(customer, f"INV-{n:06d}", n * 1.25)
