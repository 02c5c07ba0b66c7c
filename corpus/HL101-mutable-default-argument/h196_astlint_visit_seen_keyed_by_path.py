"""Lint checks on a NodeVisitor base: visit() hands its `seen=set()` default to
visit_node(), which five checks override. LegacyOnce, the middle one, reports each
legacy construct once per file, adding (path, kind) to that set: every file stays."""
import ast
import itertools

_files = itertools.count()

class NodeVisitor:
    # heaplint-todo: it grows only when tests on nodes of `ast.walk()` of an `ast.parse()` tree go one way; the model has no `ast` (heaplint: unknown)
    def visit(self, tree, path, seen=set()):  # expect: HL101 confirmed
        return [f"{path}:{m}" for node in ast.walk(tree) if (m := self.visit_node(node, path, seen))]
    def visit_node(self, node, path, seen):
        return None

class BareExcept(NodeVisitor):
    def visit_node(self, node, path, seen):
        return isinstance(node, ast.ExceptHandler) and node.type is None and "bare except"

class StarImport(NodeVisitor):
    def visit_node(self, node, path, seen):
        return isinstance(node, ast.ImportFrom) and node.names[0].name == "*" and "star import"

class LegacyOnce(NodeVisitor):
    def visit_node(self, node, path, seen):
        if isinstance(node, (ast.Global, ast.Lambda)) and (path, type(node)) not in seen:
            seen.add((path, type(node)))
            return f"{node.lineno}: legacy {type(node).__name__.lower()}"

class AssertTuple(NodeVisitor):
    def visit_node(self, node, path, seen):
        return isinstance(node, ast.Assert) and isinstance(node.test, ast.Tuple) and "assert on tuple"

class PrintCall(NodeVisitor):
    def visit_node(self, node, path, seen):
        return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print" and "print call"

def scenario():
    n = next(_files)
    tree = ast.parse(f"from util_{n} import *\ndef f():\n    global hits_{n}\n    print(lambda: {n})\n")
    return sum(len(check().visit(tree, f"pkg/mod_{n}.py")) for check in NodeVisitor.__subclasses__())
