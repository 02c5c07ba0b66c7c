class NodeVisitor:
    """Walks a template tree, dispatching on node.kind like ast.NodeVisitor."""

    def __init__(self, scope={}):  # expect: HL101 refuted
        self.scope = scope
        self.depth = 0

    def visit(self, node):
        method = getattr(self, "visit_" + node.kind, None)
        if method is None:
            return self.generic_visit(node)
        return method(node)

    def generic_visit(self, node):
        self.depth += 1
        try:
            for child in node.children:
                self.visit(child)
        finally:
            self.depth -= 1
