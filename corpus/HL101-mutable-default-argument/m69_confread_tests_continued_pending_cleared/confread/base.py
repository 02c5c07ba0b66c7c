"""Base reader: the physical lines of a config text, comments dropped."""


class LineReader:
    def __init__(self, text, pending=[]):  # expect: HL101 refuted
        self.lines = text.splitlines()
        self.pending = pending  # pieces of a logical line that is not finished yet

    def physical(self):
        for line in self.lines:
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                yield stripped

    def logical(self):
        """One logical line per physical line; subclasses join continuations."""
        yield from self.physical()
