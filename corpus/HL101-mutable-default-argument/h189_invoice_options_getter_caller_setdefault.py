"""Billing: invoice_options() returns the customer's own options or, for
customers without any, its default dict. The invoice renderer memoises each
invoice's memo line straight into the returned dict with setdefault(), so
for option-less customers every invoice id lands in the shared default."""
import itertools


def invoice_options(customer, opts={}):  # expect: HL101 confirmed
    return customer.get("invoice_options") or opts


def render_invoice(customer, invoice_id, amount):
    opts = invoice_options(customer)
    memo = opts.setdefault(f"memo:{invoice_id}", f"Invoice {invoice_id} for {customer['name']}")
    currency = opts.get("currency", "EUR")
    return f"{memo}: {amount:.2f} {currency}"


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    customer = {"name": f"Customer {n}", "vat": f"DE{n:09d}"}
    return render_invoice(customer, f"INV-{n:06d}", n * 1.25)
