"""Transports deliver one message; MemoryTransport only counts (used in dev and tests)."""


class MemoryTransport:
    def __init__(self):
        self.delivered = 0
        self.last_subject = None

    def deliver(self, message):
        self.delivered += 1
        self.last_subject = message["subject"]
        return self.delivered
