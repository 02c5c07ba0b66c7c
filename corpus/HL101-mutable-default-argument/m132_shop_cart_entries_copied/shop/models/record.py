"""OwnedRecord: base class for records that belong to one owner and hold entries.

__init__ copies the `entries` default into a fresh list, so appends made to a
record's entries never reach the default list, which stays empty.
"""


class OwnedRecord:
    def __init__(self, owner, entries=[]):  # expect: HL101 refuted
        self.owner = owner
        self.entries = list(entries)

    def __len__(self):
        return len(self.entries)
