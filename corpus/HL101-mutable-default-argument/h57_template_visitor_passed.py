"""Free-variable collection for a small template expression compiler."""
import itertools

_n = itertools.count()


class Node:
    __slots__ = ("kind", "value", "children")

    def __init__(self, kind, value=None, children=()):
        self.kind, self.value, self.children = kind, value, children


class NameCollector:
    # heaplint-todo: getattr(self, 'visit_' + node.kind) of a fresh node kind is an unknown method (heaplint: unknown)
    def visit(self, node, found=[]):  # expect: HL101 refuted
        method = getattr(self, "visit_" + node.kind, self.generic_visit)
        method(node, found)
        return found

    def generic_visit(self, node, found):
        for child in node.children:
            self.visit(child, found)

    def visit_name(self, node, found):
        if node.value not in found:
            found.append(node.value)

    def visit_const(self, node, found):
        pass


def free_variables(tree):
    names = NameCollector().visit(tree, [])
    return sorted(n for n in names if not n.startswith("_"))


def scenario():
    n = next(_n)
    call = Node("call", "len", (Node("name", "items"),))
    tree = Node("binop", "+", (Node("name", f"user_{n}"), Node("const", n), call))
    return free_variables(tree)
