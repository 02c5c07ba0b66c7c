from collections import deque

__all__ = ["MemoryBackend", "NullBackend"]


class NullBackend:
    def send(self, message):
        return 0


class MemoryBackend:
    """Keeps sent notifications in memory for the debug toolbar."""

    def __init__(self, limit=None):
        self.sent = deque(maxlen=limit)

    def send(self, message):
        self.sent.append(message)
        return len(self.sent)

    def last(self, count=5):
        return list(self.sent)[-count:]
