"""Exporter base: buffer formatted rows, flush them as one block of text.

Every plugin instance made without a buffer shares the default list, but
flush() empties that same list in place, so it holds only the rows of the
report being written.
"""

__all__ = ["Exporter"]


class Exporter:
    sep = ","

    def __init__(self, target, buffer=[]):  # expect: HL101 refuted
        self.target = target
        self.buffer = buffer

    def format(self, row):
        return self.sep.join(str(v) for v in row)

    def write(self, row):
        self.buffer.append(self.format(row))

    def flush(self):
        text = "\n".join(self.buffer)
        self.buffer.clear()
        return f"{self.target}: {len(text)} chars"
