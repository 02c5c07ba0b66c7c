"""visitor: depth-first walk that calls visit_<kind> for each node, like ast.NodeVisitor."""


class Visitor:
    def __init__(self, visited=set()):  # expect: HL101 confirmed
        """`visited`: keys of nodes a subclass has handled; visit() skips them on a re-walk."""
        self.visited = visited

    def visit(self, node):
        if node.key in self.visited:
            return None
        method = getattr(self, "visit_" + node.kind, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for child in node.children:
            self.visit(child)
