from walkers import TreeWalkMixin


class Entry:
    def __init__(self, name, entries=()):
        self.name = name
        self.entries = list(entries)


class Listing(TreeWalkMixin):
    hidden_prefixes = (".", "__")

    def accept(self, node):
        return not node.name.startswith(self.hidden_prefixes)

    def children(self, node):
        return sorted(node.entries, key=lambda e: e.name)
