"""Sinks: where audit lines end up. MemorySink keeps the latest ones for the admin page."""
import collections


class MemorySink:
    def __init__(self):
        self.lines = collections.deque(maxlen=32)

    def write(self, line):
        self.lines.append(line)

    def recent(self, n=10):
        return list(self.lines)[-n:]
