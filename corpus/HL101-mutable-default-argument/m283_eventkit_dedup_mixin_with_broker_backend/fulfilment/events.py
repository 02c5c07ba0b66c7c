"""The order bus combines DedupMixin with the broker backend, which only tests
membership, so the mixin's default `seen` set is never added to."""
from eventkit.backends import BrokerDedupBackend, LocalDedupBackend
from eventkit.bus import EventBus
from eventkit.dedup import DedupMixin


class OrderEventBus(DedupMixin, BrokerDedupBackend, EventBus):
    def on_order_shipped(self, event):
        return f"notify customer of order {event['order']}"
