"""Dependency scanner: an ast.NodeVisitor whose visit_Import/visit_ImportFrom
hooks collect the imported module names. The hooks write
`self.modules = self.modules | {...}`, which builds a new set and rebinds the
attribute, so the shared default `set()` is never mutated and stays empty."""
import ast
import itertools

_files = itertools.count()


class ImportCollector(ast.NodeVisitor):
    # heaplint-todo: it flows into `collector.visit()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, modules=set()):  # expect: HL101 refuted
        self.modules = modules

    def visit_Import(self, node):
        self.modules = self.modules | {alias.name for alias in node.names}

    def visit_ImportFrom(self, node):
        if node.module:
            self.modules = self.modules | {node.module}


def scenario():
    n = next(_files)
    source = (f"import os\nimport plugins.vendor_{n}_exporter\n"
              f"from reports.quarter_{n}_summary import build\n")
    collector = ImportCollector()
    collector.visit(ast.parse(source))
    return sorted(collector.modules)
