"""Receipt mail, sent from each store's own address."""
from bus import subscribe


class ReceiptMailer:
    def __init__(self, sender):
        self.sender = sender
        self.sent = 0
        self.last_receipt = None

    def on_paid(self, order):
        if order["store"] in self.sender:
            self.sent += 1
            self.last_receipt = (order["email"], f"Receipt #{order['id']}")
        return self.sent


def mailer_for(store):
    return ReceiptMailer(f"orders@{store}.example.test")


def wire(store):
    return subscribe("order.paid", mailer_for(store).on_paid)
