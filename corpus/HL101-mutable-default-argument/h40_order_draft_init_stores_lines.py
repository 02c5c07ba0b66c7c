"""Checkout: OrderDraft.__init__ stores the default `lines` list on self and add_line() appends to it, so every draft shares and grows one list."""
import itertools


class OrderDraft:
    __slots__ = ("order_id", "lines", "currency")

    def __init__(self, order_id, lines=[], currency="EUR"):  # expect: HL101 confirmed
        self.order_id = order_id
        self.lines = lines
        self.currency = currency

    def __repr__(self):
        return f"OrderDraft(order_id={self.order_id!r}, lines={len(self.lines)}, currency={self.currency!r})"

    def add_line(self, sku, qty, unit_price):
        self.lines.append((sku, qty, unit_price))
        return self

    def last_line_total(self):
        sku, qty, unit_price = self.lines[-1]
        return qty * unit_price


_orders = itertools.count()


def scenario():
    n = next(_orders)
    draft = OrderDraft(f"ord-{n}").add_line(f"sku-{n}", 1 + n % 3, 1999)
    return draft.last_line_total()
