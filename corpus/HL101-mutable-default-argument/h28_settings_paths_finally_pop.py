"""Settings tree: answers "where is this value configured?" with the dotted path of the first matching leaf."""
import itertools


class Node:
    def __init__(self, key, value=None, children=()):
        self.key = key
        self.value = value
        self.children = list(children)


def iter_leaves(node, trail=[]):  # expect: HL101 refuted
    trail.append(node.key)
    try:
        if not node.children:
            yield ".".join(trail), node.value
        for child in node.children:
            yield from iter_leaves(child, trail)
    finally:
        trail.pop()


def where_configured(root, value):
    for path, found in iter_leaves(root):
        if found == value:
            return path
    return None


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    root = Node(f"tenant{n}", children=[
        Node("db", children=[Node("host", f"db{n}.internal"), Node("port", 5432)]),
        Node("cache", children=[Node("ttl", 300)]),
    ])
    return where_configured(root, f"db{n}.internal")
