"""Base catalog entry: a name and a list of tags."""


class Item:
    def __init__(self, name, tags=[]):  # expect: HL101 confirmed
        self.name = name
        self.tags = tags

    def describe(self):
        return f"{self.name} [{', '.join(self.tags)}]"
