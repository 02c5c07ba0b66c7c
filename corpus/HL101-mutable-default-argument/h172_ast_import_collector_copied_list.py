"""Dependency scanner: imported_modules() walks a source file with an
ImportCollector (an ast.NodeVisitor) whose visit_Import / visit_ImportFrom
append each imported module name to `self.modules`. __init__ copies its
`modules=[]` default into a fresh list, so the visits append to the
collector's own list and the default stays empty."""
import ast
import itertools

_files = itertools.count()


class ImportCollector(ast.NodeVisitor):
    def __init__(self, modules=[]):  # expect: HL101 refuted
        self.modules = list(modules)

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
