__all__ = ["NodeVisitor"]


class NodeVisitor:
    """Calls ``visit_<Kind>`` for each node, like ``ast.NodeVisitor``."""

    def __init__(self, found=[]):  # expect: HL101 refuted
        self.found = found

    def visit(self, node):
        method = getattr(self, "visit_" + node.kind, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for child in node.children:
            self.visit(child)

    def run(self, tree):
        del self.found[:]
        self.visit(tree)
        return list(self.found)
