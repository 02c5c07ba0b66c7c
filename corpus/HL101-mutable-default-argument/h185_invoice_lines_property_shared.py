"""Billing: an `Invoice` keeps its line items in `self._lines`, taken from
the `lines` argument, and exposes them through a `lines` property. The
shipping quote adds an estimated shipping line to what the property returns
and totals it. The property hands back the stored list itself, so for an
invoice built without lines the estimate is appended to the shared default
list, which gains one line per quote."""
import itertools
from decimal import Decimal

_orders = itertools.count(1)


class Invoice:
    def __init__(self, number, lines=[]):  # expect: HL101 confirmed
        self.number = number
        self._lines = lines

    @property
    def lines(self):
        return self._lines


def shipping_quote(order_id, weight_kg):
    invoice = Invoice(f"INV-{order_id:06d}")
    lines = invoice.lines
    lines.append((f"shipping estimate {weight_kg} kg, order {order_id}", 1, Decimal(weight_kg) * Decimal("1.25")))
    return sum(qty * price for _, qty, price in lines[-1:])


def scenario():
    n = next(_orders)
    return shipping_quote(n, 1 + n % 20)
