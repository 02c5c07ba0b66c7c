"""Record base: keeps the journal it is given."""


class Record:
    audit = True

    def __init__(self, ident, journal=[]):  # expect: HL101 refuted
        self.ident = ident
        self._journal = journal

    def summary(self):
        return f"{self.ident}: {len(self._journal)} journal entries"
