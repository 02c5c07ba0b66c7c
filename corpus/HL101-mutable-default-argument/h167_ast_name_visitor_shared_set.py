"""Linter helper: free_names() walks a snippet with a NameVisitor that adds
every loaded name to the set it was given. The set is the function's default,
so names from every snippet ever checked pile up in it."""
import ast
import itertools


class NameVisitor(ast.NodeVisitor):
    def __init__(self, found):
        self.found = found

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.found.add(node.id)


# heaplint-todo: it flows into `NameVisitor(found).visit()`, which heaplint cannot see (heaplint: unknown)
def free_names(source, found=set()):  # expect: HL101 confirmed
    NameVisitor(found).visit(ast.parse(source))
    return sorted(name for name in found if not name.startswith("_"))


_snippets = itertools.count()


def scenario():
    n = next(_snippets)
    source = f"total_{n} = price_{n} * quantity_{n} + shipping\n"
    return free_names(source)[:2]
