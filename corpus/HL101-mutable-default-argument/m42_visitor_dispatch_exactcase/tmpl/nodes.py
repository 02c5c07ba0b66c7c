import re

_TAG = re.compile(r"\{\{(.*?)\}\}", re.S)


class Node:
    __slots__ = ("kind", "value", "children")

    def __init__(self, kind, value="", children=()):
        self.kind = kind
        self.value = value
        self.children = children

    def __repr__(self):
        return "Node(%s, %r)" % (self.kind, self.value)


def parse(source):
    children = []
    pos = 0
    for match in _TAG.finditer(source):
        if match.start() > pos:
            children.append(Node("Text", source[pos:match.start()]))
        children.append(Node("Var", match.group(1)))
        pos = match.end()
    if pos < len(source):
        children.append(Node("Text", source[pos:]))
    return Node("Template", children=tuple(children))
