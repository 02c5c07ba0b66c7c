"""Consumer: pulls messages off the broker from the queues it listens to."""


class Consumer:
    def __init__(self, broker, queues=[]):  # expect: HL101 confirmed
        self.broker = broker
        self.queues = queues

    def fetch(self):
        """The first message waiting on any of our queues, in queue order."""
        for name in self.queues:
            pending = self.broker.get(name)
            if pending:
                return pending.popleft()
        return None
