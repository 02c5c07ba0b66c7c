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


_MAILERS = {}


def mailer_for(store):
    if store not in _MAILERS:
        _MAILERS[store] = ReceiptMailer(f"orders@{store}.example.test")
    return _MAILERS[store]


def wire(store):
    return subscribe("order.paid", mailer_for(store).on_paid)
