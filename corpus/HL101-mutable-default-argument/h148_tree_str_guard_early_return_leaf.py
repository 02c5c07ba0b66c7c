"""Org chart display: Node.__str__ renders the subtree through `render_tree`,
which guards against cycles with a default set of node paths currently being
rendered. Leaves return early before their path is discarded, so every leaf of
every chart printed stays in the shared set."""
import itertools

_charts = itertools.count()


class Node:
    def __init__(self, name, parent_path="", children=()):
        self.name, self.path = name, f"{parent_path}/{name}"
        self.children = [Node(c, self.path, gc) for c, gc in children]

    def __str__(self):
        return render_tree(self)


def render_tree(node, depth=0, _active=set()):  # expect: HL101 confirmed
    pad = "  " * depth
    if node.path in _active:
        return f"{pad}<cycle at {node.name!r}>"
    _active.add(node.path)
    if not node.children:
        return f"{pad}- {node.name!s}"
    lines = [f"{pad}+ {node.name!s} ({len(node.children)})"]
    lines.extend(render_tree(child, depth + 1) for child in node.children)
    _active.discard(node.path)
    return "\n".join(lines)


def scenario():
    n = next(_charts)
    return str(Node(f"dept-{n}", children=[(f"lead-{n}", [(f"dev-{n}", ())]), (f"ops-{n}", ())]))
