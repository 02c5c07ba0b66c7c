"""Broker: topic -> list of subscriber callbacks."""


class Broker:
    def __init__(self, name="events", topics={}):  # expect: HL101 confirmed
        self.name = name
        self.topics = topics

    def subscribe(self, topic, callback):
        self.topics.setdefault(topic, []).append(callback)

    def unsubscribe(self, topic, callback):
        callbacks = self.topics.get(topic)
        if callbacks and callback in callbacks:
            callbacks.remove(callback)
            if not callbacks:
                del self.topics[topic]

    def publish(self, topic, message):
        delivered = 0
        for callback in list(self.topics.get(topic, ())):
            callback(topic, message)
            delivered += 1
        return delivered
