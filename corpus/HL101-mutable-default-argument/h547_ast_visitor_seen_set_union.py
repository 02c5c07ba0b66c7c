"""Template compiler in the style of Jinja's node visitors: find_names()
walks a template's node tree and collects the variable names it uses,
guarding against cycles with a `seen` set of the nodes on the current path.
Each level passes `seen | {node}`, a new set, so the default stays empty."""
import itertools

_ids = itertools.count()


class Node:
    def __init__(self, kind, name=None, children=()):
        self.kind = kind
        self.name = name
        self.children = list(children)


def find_names(node, seen=set()):  # expect: HL101 refuted
    if node in seen:
        return set()
    path = seen | {node}
    names = {node.name} if node.kind == "name" else set()
    for child in node.children:
        names |= find_names(child, path)
    return names


def compile_template(n):
    user = Node("name", f"user_{n}")
    tree = Node("output", children=[Node("getattr", children=[user, Node("const")]),
                                    Node("filter", children=[user])])
    return sorted(find_names(tree))


def scenario():
    return compile_template(next(_ids))
