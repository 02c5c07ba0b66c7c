"""Orders; the history of order events is only kept for the debug page."""
from core.mixins import HistoryMixin


class Order(HistoryMixin):
    keep = 0  # history off outside debug

    def __init__(self, number, total):
        self.number = number
        self.total = total
        self.status = "open"

    def pay(self, card):
        self.status = "paid"
        self.record(f"{self.number} paid {self.total} with {card[-4:]}")
        return self.status
