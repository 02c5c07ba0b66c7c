"""Orders: a checkout charges the cart and tells the customer."""
from events import emit, on

OUTBOX = []


class Checkout:
    def __init__(self, email):
        self.email = email
        on("order.paid")(self.send_receipt)

    def send_receipt(self, order):
        OUTBOX.append(f"receipt for order {order['id']} to {self.email}")
        del OUTBOX[:-20]
        return order["id"]

    def pay(self, order):
        order = dict(order, email=self.email, status="paid")
        return emit("order.paid", order)
