"""visitor: depth-first walk calling visit_<kind>, skipping nodes already visited."""


class Visitor:
    def __init__(self, visited=set()):  # expect: HL101 confirmed
        self.visited = visited

    def visit(self, node):
        if node.key in self.visited:
            return
        getattr(self, "visit_" + node.kind, self.generic_visit)(node)

    def generic_visit(self, node):
        for child in node.children:
            self.visit(child)
