"""Linter pass in a small compiler: a NodeVisitor tracks enclosing function scopes on a stack that defaults to a shared list; private helpers are skipped with an early return that also skips the pop."""
import ast
import itertools


class FreeNameChecker(ast.NodeVisitor):
    # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 10, 12 (heaplint: unknown)
    def __init__(self, scopes=[], builtins=("len", "print")):  # expect: HL101 confirmed
        self.scopes, self.builtins, self.free = scopes, set(builtins), []

    def visit_FunctionDef(self, node):
        self.scopes.append({a.arg for a in node.args.args})
        if node.name.startswith("_"):
            return  # private helpers are not checked
        self.generic_visit(node)
        self.scopes.pop()

    def visit_Name(self, node):
        if self.scopes and not any(node.id in s for s in self.scopes) and node.id not in self.builtins:
            self.free.append(f"{node.id}@{node.lineno}")


def check(source, **options):
    checker = FreeNameChecker(**options)
    checker.visit(ast.parse(source))
    return sorted(checker.free)


_modules = itertools.count()


def scenario():
    n = next(_modules)
    src = f"def total_{n}(a):\n    return len(a) + rate_{n}\n\ndef _helper(b):\n    return b * {n}\n"
    return check(src, builtins=("len", "sum"))
