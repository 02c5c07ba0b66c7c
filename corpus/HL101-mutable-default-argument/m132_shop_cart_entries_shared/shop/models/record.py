"""OwnedRecord: base class for records that belong to one owner and hold entries.

__init__ stores the `entries` default itself (no copy), so every record made
without entries shares the one list created when this def ran.
"""


class OwnedRecord:
    def __init__(self, owner, entries=[]):  # expect: HL101 confirmed
        self.owner = owner
        self.entries = entries

    def __len__(self):
        return len(self.entries)
