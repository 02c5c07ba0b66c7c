"""Sinks: where audit lines end up. MemorySink keeps them for the admin page."""


class MemorySink:
    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)

    def recent(self, n=10):
        return list(self.lines)[-n:]
