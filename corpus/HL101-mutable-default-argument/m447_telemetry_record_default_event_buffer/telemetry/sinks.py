import collections


class EventBuffer:
    """Keeps every event until someone exports them."""

    def __init__(self):
        self.events = []

    def write(self, event):
        self.events.append(event)


class RingBuffer:
    """Keeps only the most recent `capacity` events (for the debug page)."""

    def __init__(self, capacity):
        self.events = collections.deque(maxlen=capacity)

    def write(self, event):
        self.events.append(event)
