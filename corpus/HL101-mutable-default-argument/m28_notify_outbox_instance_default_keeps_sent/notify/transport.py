"""Outbox: hands messages to the relay and keeps what was sent."""


class Outbox:
    def __init__(self, host):
        self.host = host
        self.sent = []

    def deliver(self, message):
        self.sent.append(message)
        return len(self.sent)
