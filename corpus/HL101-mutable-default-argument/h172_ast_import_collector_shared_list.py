"""Dependency scanner: imported_modules() walks a source file with an
ImportCollector (an ast.NodeVisitor) whose visit_Import / visit_ImportFrom
append each imported module name to `self.modules`. __init__ stores its
`modules=[]` default as is, so every scan appends to the same list and the
module names of every file ever scanned pile up in it."""
import ast
import itertools

_files = itertools.count()


class ImportCollector(ast.NodeVisitor):
    # heaplint-todo: it flows into `collector.visit()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, modules=[]):  # expect: HL101 confirmed
        self.modules = modules

    def visit_Import(self, node):
        self.modules.extend(alias.name for alias in node.names)

    def visit_ImportFrom(self, node):
        self.modules.append("." * node.level + (node.module or ""))


def imported_modules(source):
    collector = ImportCollector()
    collector.visit(ast.parse(source))
    return sorted(set(collector.modules))


def scenario():
    n = next(_files)
    source = f"import os\nimport vendor_{n}.client\nfrom .models_{n} import Order\n"
    return imported_modules(source)[:2]
