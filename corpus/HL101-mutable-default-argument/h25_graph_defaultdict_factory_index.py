"""Dependency graph: adjacency sets come from a factory that also counts the nodes made."""
import collections
import itertools


def _new_node(_made=[]):  # expect: HL101 confirmed
    _made.append(len(_made))
    return set()


class Graph:
    def __init__(self):
        self.edges = collections.defaultdict(_new_node)

    def depends(self, a, b):
        deps = self.edges[a]
        return b in deps


_graph = Graph()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return _graph.depends(f"pkg{n}", f"pkg{n + 1}")
