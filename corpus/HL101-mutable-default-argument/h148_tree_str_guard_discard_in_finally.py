"""Org chart display: Node.__str__ renders the subtree through `render_tree`,
which guards against cycles with a default set of node paths currently being
rendered. The path is discarded in a `finally`, so leaves that return early
also leave the set, and it is empty between charts."""
import itertools

_charts = itertools.count()


class Node:
    def __init__(self, name, parent_path="", children=()):
        self.name, self.path = name, f"{parent_path}/{name}"
        self.children = [Node(c, self.path, gc) for c, gc in children]

    def __str__(self):
        return render_tree(self)


def render_tree(node, depth=0, _active=set()):  # expect: HL101 refuted
    pad = "  " * depth
    if node.path in _active:
        return f"{pad}<cycle at {node.name!r}>"
    _active.add(node.path)
    try:
        if not node.children:
            return f"{pad}- {node.name!s}"
        lines = [f"{pad}+ {node.name!s} ({len(node.children)})"]
        lines.extend(render_tree(child, depth + 1) for child in node.children)
        return "\n".join(lines)
    finally:
        _active.discard(node.path)


def scenario():
    n = next(_charts)
    return str(Node(f"dept-{n}", children=[(f"lead-{n}", [(f"dev-{n}", ())]), (f"ops-{n}", ())]))
