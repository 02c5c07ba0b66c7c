"""The bus keeps the subscriptions; delivery does the calling."""
from .delivery import deliver

__all__ = ["Bus"]


class Bus:
    def __init__(self):
        self._topics = {}

    def subscribe(self, topic, receiver):
        self._topics.setdefault(topic, []).append(receiver)
        return receiver

    def publish(self, topic, payload):
        return deliver(topic, self._topics.get(topic, ()), payload)
