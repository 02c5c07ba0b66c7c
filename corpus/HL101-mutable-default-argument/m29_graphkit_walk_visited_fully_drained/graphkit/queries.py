"""Queries over a dependency graph: the whole closure is walked, then trimmed."""
from .walk import walk


def reachable(graph, root, limit):
    closure = list(walk(graph, root))
    return closure[:limit]
