"""The order bus combines DedupMixin with the local backend, which adds every
event id to the mixin's default `seen` set."""
from eventkit.backends import BrokerDedupBackend, LocalDedupBackend
from eventkit.bus import EventBus
from eventkit.dedup import DedupMixin


class OrderEventBus(DedupMixin, LocalDedupBackend, EventBus):
    def on_order_shipped(self, event):
        return f"notify customer of order {event['order']}"
