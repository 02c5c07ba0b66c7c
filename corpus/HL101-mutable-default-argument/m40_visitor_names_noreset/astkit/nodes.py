import re

__all__ = ["Node", "parse_expr"]

_TOKEN = re.compile(r"\s*(?:(\d+)|([A-Za-z_]\w*)|(\S))")


class Node:
    __slots__ = ("kind", "value", "children")

    def __init__(self, kind, value=None, children=()):
        self.kind = kind
        self.value = value
        self.children = children

    def __repr__(self):
        return "Node(%s, %r)" % (self.kind, self.value)


def parse_expr(source):
    """Parse ``a + b * 2`` left to right into BinOp/Name/Num nodes."""
    items = []
    for number, name, op in _TOKEN.findall(source):
        if number:
            items.append(Node("Num", int(number)))
        elif name:
            items.append(Node("Name", name))
        elif op in "+-*/%":
            items.append(op)
        else:
            raise SyntaxError("unexpected %r in %r" % (op, source))
    if not items:
        raise SyntaxError("empty expression")
    tree = items[0]
    for i in range(1, len(items) - 1, 2):
        tree = Node("BinOp", items[i], (tree, items[i + 1]))
    return Node("Expression", source, (tree,))
