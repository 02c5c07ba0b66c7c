"""Record: the base of every CRM entity; tags are a set of short labels."""


class Record:
    kind = "record"

    def __init__(self, ident, owner, tags=set()):  # expect: HL101 refuted
        self.ident = ident
        self.owner = owner
        self.tags = tags

    def describe(self):
        return f"{self.kind}:{self.ident} owner={self.owner} tags={len(self.tags)}"
