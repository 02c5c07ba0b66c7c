"""Linter pass in a small compiler: a NodeVisitor tracks enclosing function scopes on a stack that defaults to a shared list; every push is popped in `finally`, so the stack is empty between runs."""
import ast
import itertools


class FreeNameChecker(ast.NodeVisitor):
    # heaplint-todo: it flows into self.generic_visit(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, scopes=[], builtins=("len", "print")):  # expect: HL101 refuted
        self.scopes, self.builtins, self.free = scopes, set(builtins), []

    def visit_FunctionDef(self, node):
        self.scopes.append({a.arg for a in node.args.args})
        try:
            if not node.name.startswith("_"):
                self.generic_visit(node)
        finally:
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
