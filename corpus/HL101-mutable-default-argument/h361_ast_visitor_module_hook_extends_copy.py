"""Tree visitor: NodeVisitor.visit() dispatches to visit_<kind> on the concrete
visitor (getattr), falling back to generic_visit(), which passes each child a
new path list. The name collector's visit_Module() passes on a new path with the
module name added, leaving the default list empty."""
import itertools

_files = itertools.count()


class NodeVisitor:
    # heaplint-todo: the visitor recurses through `generic_visit` past the depth heaplint follows (heaplint: unknown)
    def visit(self, node, path=[]):  # expect: HL101 refuted
        handler = getattr(self, "visit_" + node["kind"], self.generic_visit)
        return handler(node, path)

    def generic_visit(self, node, path):
        for child in node.get("body", ()):
            self.visit(child, path + [node["kind"]])


class NameCollector(NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Module(self, node, path):
        self.generic_visit(node, path + [node["name"]])

    def visit_Name(self, node, path):
        self.names.append(".".join(path[:1] + [node["id"]]))


def scenario():
    n = next(_files)
    tree = {"kind": "Module", "name": f"pkg.mod{n}", "body": [{"kind": "Name", "id": f"v{n}"}]}
    collector = NameCollector()
    collector.visit(tree)
    return collector.names
