"""Base account: an owner and the entries posted so far."""


class Account:
    currency = "EUR"

    def __init__(self, owner, entries=[]):  # expect: HL101 refuted
        self.owner = owner
        self.entries = entries

    def balance(self):
        return sum(amount for _, amount in self.entries)
