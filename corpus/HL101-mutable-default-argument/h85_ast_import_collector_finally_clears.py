"""Dependency scanner: an ast.NodeVisitor collects imports, and collect() empties its set on the way out."""
import ast
import itertools


class ImportCollector(ast.NodeVisitor):
    # heaplint-todo: it flows into self.visit(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, filename, modules=set()):  # expect: HL101 refuted
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
            self.visit(ast.parse(source, self.filename))
            return sorted(self.modules)
        except SyntaxError:
            return []
        finally:
            self.modules.clear()


_files = itertools.count()


def scenario():
    n = next(_files)
    source = f"import os\nimport vendor_{n}.api as api\nfrom .sibling import x\nfrom plugins_{n} import hook\n"
    return ImportCollector(f"pkg/mod_{n}.py").collect(source)
