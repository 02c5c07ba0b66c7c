"""The store used by tests and single-process deployments."""
from .store import EventStore


class InMemoryStore(EventStore):
    def __init__(self, name="memory"):
        super().__init__(name)
        self.commits = 0

    def commit(self):
        self.commits += 1
        return self.commits
