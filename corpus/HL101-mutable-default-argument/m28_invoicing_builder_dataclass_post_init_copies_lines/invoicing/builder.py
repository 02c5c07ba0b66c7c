"""Invoice construction with a normalised customer key."""
from .models import Invoice

__all__ = ["build_invoice"]


def build_invoice(customer, lines=[]):  # expect: HL101 refuted
    return Invoice(customer.strip().lower(), lines)
