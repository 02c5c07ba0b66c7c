"""Orders: a checkout charges the cart and tells the customer."""
from events import emit, on

OUTBOX = []


@on("order.paid")
def send_receipt(order):
    OUTBOX.append(f"receipt for order {order['id']} to {order['email']}")
    del OUTBOX[:-20]
    return order["id"]


class Checkout:
    def __init__(self, email):
        self.email = email

    def pay(self, order):
        order = dict(order, email=self.email, status="paid")
        return emit("order.paid", order)
