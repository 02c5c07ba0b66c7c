"""A synchronous topic-based event bus."""
import logging

__all__ = ["EventBus", "DeliveryError"]

log = logging.getLogger(__name__)


class DeliveryError(Exception):
    pass


class EventBus:
    def __init__(self, name, receivers={}):  # expect: HL101 refuted
        self.name = name
        self._receivers = receivers

    def connect(self, topic, receiver):
        bucket = self._receivers.setdefault(topic.lower(), [])
        if receiver not in bucket:
            bucket.append(receiver)
        return receiver

    def disconnect(self, topic, receiver):
        bucket = self._receivers.get(topic.lower(), [])
        if receiver in bucket:
            bucket.remove(receiver)

    def emit(self, topic, **payload):
        results = []
        for receiver in tuple(self._receivers.get(topic.lower(), ())):
            try:
                results.append(receiver(topic, **payload))
            except Exception as exc:
                log.warning("%s: receiver %r failed: %s", self.name, receiver, exc)
                results.append(DeliveryError(str(exc)))
        return results
