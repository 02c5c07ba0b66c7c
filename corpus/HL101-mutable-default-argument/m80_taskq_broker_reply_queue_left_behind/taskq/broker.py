"""Broker: named FIFO queues of messages."""
from collections import deque


class Broker:
    def __init__(self, queues={}):  # expect: HL101 confirmed
        self.queues = queues

    def publish(self, name, message):
        self.queues.setdefault(name, deque()).append(message)

    def get(self, name):
        queue = self.queues.get(name)
        return queue.popleft() if queue else None

    def delete(self, name):
        self.queues.pop(name, None)

    def depth(self, name):
        return len(self.queues.get(name, ()))
