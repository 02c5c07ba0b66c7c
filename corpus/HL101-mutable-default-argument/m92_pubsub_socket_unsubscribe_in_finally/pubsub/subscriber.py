"""Subscriber: subscribes its on_message handler to every topic it was given."""


class Subscriber:
    def __init__(self, broker, topics):
        self.broker = broker
        self.topics = list(topics)
        self.inbox = []
        for topic in self.topics:
            broker.subscribe(topic, self.on_message)

    def on_message(self, topic, message):
        self.inbox.append((topic, message))

    def close(self):
        for topic in self.topics:
            self.broker.unsubscribe(topic, self.on_message)
