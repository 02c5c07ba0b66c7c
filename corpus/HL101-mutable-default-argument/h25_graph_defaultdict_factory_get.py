"""Dependency graph: adjacency sets come from a factory that also counts the nodes made."""
import collections
import itertools


# heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
def _new_node(_made=[]):  # expect: HL101 refuted
    _made.append(len(_made))
    return set()


class Graph:
    def __init__(self):
        self.edges = collections.defaultdict(_new_node)

    def depends(self, a, b):
        deps = self.edges.get(a, ())
        return b in deps


_graph = Graph()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return _graph.depends(f"pkg{n}", f"pkg{n + 1}")
