"""Books the order total into the ledger."""
from ..core import Plugin
from ..mixins import JsonPayloadMixin


class LedgerEntry(JsonPayloadMixin, Plugin):
    events = ("order.created", "order.refunded")

    def handle(self, event, payload):
        order = self.decode(payload)
        sign = -1 if event == "order.refunded" else 1
        return sign * order["total"]
