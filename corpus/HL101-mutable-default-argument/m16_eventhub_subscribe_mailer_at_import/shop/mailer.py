"""Order mail: a Mailer sends receipts from one store's address."""
import collections

from eventhub import subscribe

OUTBOX = collections.deque(maxlen=20)


class Mailer:
    def __init__(self, sender):
        self.sender = sender
        self.sent = 0

    def send_receipt(self, order):
        self.sent += 1
        OUTBOX.append((self.sender, order["email"], f"Receipt #{order['id']}: {order['total']:.2f}"))
        return order["id"]


def connect(mailer):
    """Wire the mailer to the order topics."""
    subscribe("order.paid")(mailer.send_receipt)
    return mailer
