"""Blinker-style signals: receivers connect with a decorator and are called on send()."""
import itertools
import weakref
from decimal import Decimal


class Signal:
    def __init__(self, name, receivers=set()):  # expect: HL101 confirmed
        self.name = name
        self.receivers = receivers

    def connect(self, fn):
        self.receivers.add(fn)
        return fn

    def send(self, sender, **kwargs):
        return [fn(sender, **kwargs) for fn in list(self.receivers)]


order_paid = Signal("order-paid")


def checkout(cart_id, lines, email):
    total = sum(Decimal(price) * qty for price, qty in lines)

    @order_paid.connect
    def send_receipt(sender, amount):
        return f"To: {email}\nSubject: Receipt for cart {sender}\n\nTotal: {amount:.2f} EUR"

    return order_paid.send(cart_id, amount=total)


_carts = itertools.count()


def scenario():
    n = next(_carts)
    return checkout(n, [("19.99", 1 + n % 3), ("4.50", 2)], f"buyer{n}@example.com")
