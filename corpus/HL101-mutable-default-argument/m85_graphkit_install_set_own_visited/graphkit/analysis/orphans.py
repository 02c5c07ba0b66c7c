"""Packages no root depends on."""
from .. import traversal


def unused(graph, roots, walk=traversal):
    seen = set()
    for root in roots:
        walk.reachable(graph, root, seen)
    return sorted(node for node in graph if node not in seen)
