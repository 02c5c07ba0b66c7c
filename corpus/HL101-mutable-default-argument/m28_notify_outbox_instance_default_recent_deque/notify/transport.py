"""Outbox: hands messages to the relay and keeps the last few for debugging."""
from collections import deque


class Outbox:
    def __init__(self, host, keep=32):
        self.host = host
        self.sent = deque(maxlen=keep)

    def deliver(self, message):
        self.sent.append(message)
        return len(self.sent)
