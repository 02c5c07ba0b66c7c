"""File browser: Folder stores its default children via Node.__init__ and add() rebinds a concatenated list."""
import itertools


class Node:
    def __init__(self, name, children):
        self.name = name
        self.children = children

    def listing(self):
        return [self.name] + [f"  {child}" for child in self.children]


class Folder(Node):
    def __init__(self, name, children=[]):  # expect: HL101 refuted
        Node.__init__(self, name, children)

    def add(self, child):
        self.children = self.children + [child]
        return self


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    folder = Folder(f"uploads-{n}")
    return folder.add(f"photo-{n}.jpg").listing()
