"""Lint pass run over generated code: a visitor dispatches on the node class
and caches the unbound check method per (checker class, node class) in a
dict default, so each pair is looked up only once."""
import ast
import itertools

_snippets = itertools.count()


class Checker:
    def __init__(self, filename):
        self.filename = filename
        self.problems = []

    # heaplint-todo: it flows into check(), which heaplint cannot see (heaplint: unknown)
    def visit(self, node, _dispatch={}):  # expect: HL101 refuted
        key = (type(self), type(node))
        if key not in _dispatch:
            _dispatch[key] = getattr(type(self), "check_" + type(node).__name__, None)
        check = _dispatch[key]
        if check is not None:
            check(self, node)
        for child in ast.iter_child_nodes(node):
            self.visit(child)
        return self.problems

    def check_Compare(self, node):
        if any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops) and isinstance(
                node.comparators[0], ast.Constant) and node.comparators[0].value is not None:
            self.problems.append((node.lineno, "identity comparison with a literal"))

    def check_ExceptHandler(self, node):
        if node.type is None:
            self.problems.append((node.lineno, "bare except"))


def scenario():
    n = next(_snippets)
    source = f"try:\n    x = load({n})\nexcept:\n    x = None\nok = x is {n}\n"
    problems = Checker(f"gen_{n}.py").visit(ast.parse(source))
    return sorted(problems, key=lambda item: item[0])
