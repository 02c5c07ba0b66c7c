"""Queries over a dependency graph: only the first few dependencies are shown."""
from itertools import islice

from .walk import walk


def reachable(graph, root, limit):
    return list(islice(walk(graph, root), limit))
