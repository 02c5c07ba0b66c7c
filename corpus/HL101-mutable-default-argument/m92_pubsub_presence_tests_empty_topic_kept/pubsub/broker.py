"""Broker: topic -> list of subscriber callbacks."""

__all__ = ["Broker"]


class Broker:
    def __init__(self, name="events", topics={}):  # expect: HL101 confirmed
        self.name = name
        self.topics = topics

    def subscribe(self, topic, callback):
        self.topics.setdefault(topic, []).append(callback)

    def unsubscribe(self, topic, callback):
        callbacks = self.topics.get(topic, [])
        if callback in callbacks:
            callbacks.remove(callback)  # the (now empty) list stays under its topic

    def publish(self, topic, message):
        for callback in list(self.topics.get(topic, ())):
            callback(topic, message)
        return len(self.topics.get(topic, ()))
