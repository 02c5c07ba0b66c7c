"""Billing desk: one new clerk request per call: show the invoice, then refund it."""
import itertools

import views

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    request = {"user": f"clerk-{n}", "invoice": f"inv-{n:06d}", "amount": n % 90 + 10}
    shown = views.invoice(request)
    refunded = views.refund(request, audit=True, partial=n % 2 == 0)
    return shown, refunded
