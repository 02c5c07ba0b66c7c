"""Template compiler in the style of Jinja's node visitors: find_names()
walks a template's node tree and collects the variable names it uses,
guarding against shared sub-nodes with a `seen` set. The top-level call uses
the default set and nodes are added to it, so each template's nodes stay."""
import itertools

_ids = itertools.count()


class Node:
    def __init__(self, kind, name=None, children=()):
        self.kind = kind
        self.name = name
        self.children = list(children)


def find_names(node, seen=set()):  # expect: HL101 confirmed
    if node in seen:
        return set()
    seen.add(node)
    names = {node.name} if node.kind == "name" else set()
    for child in node.children:
        names |= find_names(child, seen)
    return names


def compile_template(n):
    user = Node("name", f"user_{n}")
    tree = Node("output", children=[Node("getattr", children=[user, Node("const")]),
                                    Node("filter", children=[user])])
    return sorted(find_names(tree))


def scenario():
    return compile_template(next(_ids))
