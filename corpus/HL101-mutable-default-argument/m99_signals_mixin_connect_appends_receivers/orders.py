"""Orders: each order announces its own saves to whoever listens."""
from signals import ModelSignal


class Order:
    def __init__(self, number, lines):
        self.number = number
        self.lines = list(lines)
        self.saved = ModelSignal(self, "saved")

    @property
    def total(self):
        return sum(qty * price for qty, price in self.lines)

    def save(self):
        return [result for _, result in self.saved.fire(total=self.total) if result]


def email_receipt(order, total, **_):
    return f"receipt for order {order.number}: {total:.2f}"


def watch(order):
    order.saved.connect(email_receipt, sender=order)
    return order
