"""Dependency scanner: an ast.NodeVisitor collects the top-level modules a source file imports."""
import ast
import itertools


class ImportCollector(ast.NodeVisitor):
    # heaplint-todo: it flows into self.visit(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, filename, modules=set()):  # expect: HL101 confirmed
        self.filename = filename
        self.modules = modules

    def visit_Import(self, node):
        for alias in node.names:
            self.modules.add(alias.name.partition(".")[0])

    def visit_ImportFrom(self, node):
        if node.level == 0 and node.module:
            self.modules.add(node.module.partition(".")[0])

    def collect(self, source):
        try:
            tree = ast.parse(source, self.filename)
        except SyntaxError:
            return []
        self.visit(tree)
        return sorted(self.modules)


_files = itertools.count()


def scenario():
    n = next(_files)
    source = f"import os\nimport vendor_{n}.api as api\nfrom .sibling import x\nfrom plugins_{n} import hook\n"
    return ImportCollector(f"pkg/mod_{n}.py").collect(source)
