"""Billing site traffic: every request comes from a different signed-in user."""
import itertools

from views import invoices

_requests = itertools.count(1)
_ROLES = ("viewer", "billing", "admin")


def scenario():
    n = next(_requests)
    request = {"user": {"name": f"user{n}", "role": _ROLES[n % 3]}, "path": f"/invoices/{n}"}
    shown = invoices.show_invoice(request, n)
    voided = invoices.void_invoice(request, n)
    return shown["status"], voided["status"]
