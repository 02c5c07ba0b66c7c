"""Walks a parsed settings tree and reports the dotted path of every assignment."""
import itertools

_ids = itertools.count()


class Node:
    def __init__(self, kind, name, children=()):
        self.kind, self.name, self.children = kind, name, tuple(children)


class PathCollector:
    def __init__(self):
        self.found = []

    # heaplint-todo: the getattr visitor hands the stack to generic_visit, which heaplint does not follow (heaplint: unknown)
    def visit(self, node, scope=[]):  # expect: HL101 refuted
        method = getattr(self, "visit_" + node.kind, self.generic_visit)
        return method(node, scope)

    def generic_visit(self, node, scope):
        for child in node.children:
            self.visit(child, scope)

    def visit_Section(self, node, scope):
        if not node.children:
            return
        scope.append(node.name)
        try:
            self.generic_visit(node, scope)
        finally:
            scope.pop()

    def visit_Assign(self, node, scope):
        self.found.append(".".join(scope + [node.name]))


def scenario():
    n = next(_ids)
    tree = Node("Module", "", [Node("Section", "db%d" % n, [Node("Assign", "host")]),
                               Node("Section", "cache%d" % n), Node("Assign", "debug")])
    collector = PathCollector()
    collector.visit(tree)
    return collector.found
