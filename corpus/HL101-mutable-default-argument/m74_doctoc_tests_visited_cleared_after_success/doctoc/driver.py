"""driver: one document in, one table of contents out."""
from .tree import parse
from .visitor import Visitor


class TocBuilder(Visitor):
    def __init__(self):
        super().__init__()
        self.entries = []

    def visit_heading(self, node):
        if not node.text:
            raise ValueError(f"empty heading at {node.key}")
        self.visited.add(node.key)
        self.entries.append("  " * (node.level - 1) + node.text)
        self.generic_visit(node)


def outline(name, source):
    toc = TocBuilder()
    toc.visit(parse(name, source))
    toc.visited.clear()  # the set is shared by every builder: empty it for the next document
    return toc.entries
