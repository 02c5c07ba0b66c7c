"""Sends the buyer a receipt line."""
from ..core import Plugin
from ..mixins import JsonPayloadMixin, SummaryMixin


class ReceiptMailer(JsonPayloadMixin, SummaryMixin, Plugin):
    events = ("order.created",)
    prefix = "receipt"

    def handle(self, event, payload):
        order = self.decode(payload)
        return f"to {order['email']}: {self.summary(order)}"
