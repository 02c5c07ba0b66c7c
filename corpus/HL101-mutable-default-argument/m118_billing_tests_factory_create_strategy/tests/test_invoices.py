from decimal import Decimal

from tests import factories as fx

STRATEGY = "create"  # these tests read invoices back, so they are saved


def make_invoice(**fields):
    return getattr(fx, STRATEGY)("invoice", **fields)


def test_gross_adds_vat():
    invoice = make_invoice(lines=[("widget", 2, "3.50"), ("bolt", 10, "0.05")])
    assert invoice.gross() == Decimal("9.00")


def test_vat_rounds_half_up():
    assert make_invoice(lines=[("nut", 1, "0.125")]).gross(vat="0") == Decimal("0.13")


def test_numbers_are_unique():
    first, second = make_invoice(), make_invoice()
    assert first.number != second.number
