"""Backslash continuation: 'hosts = a \\' followed by 'b' is one logical line."""
from .base import LineReader


class ContinuedLineReader(LineReader):
    def __init__(self, text, joiner=" "):
        super().__init__(text)
        self.joiner = joiner

    def _flush(self):
        line = self.joiner.join(self.pending)
        self.pending.clear()
        return line

    def logical(self):
        for line in self.physical():
            self.pending.append(line.rstrip("\\").strip())
            if not line.endswith("\\"):
                yield self._flush()
        if self.pending:  # the file ended mid-line: keep what we have
            yield self._flush()
