"""Dependency viewer: `Graph` answers neighbour and degree queries over an
adjacency dict; `DiGraph` builds that dict from an edge list and hands it
to `super().__init__`. The edges are added with `setdefault` straight into
the `adjacency` default, so every graph built without an explicit mapping
adds its packages to the same shared dict."""
import itertools

_ids = itertools.count()


class Graph:
    def __init__(self, adjacency):
        self.adjacency = adjacency

    def neighbours(self, node):
        return sorted(self.adjacency.get(node, ()))

    def busiest(self):
        return max(self.adjacency, key=lambda node: (len(self.adjacency[node]), node))


class DiGraph(Graph):
    def __init__(self, edges, adjacency={}):  # expect: HL101 confirmed
        for src, dst in edges:
            adjacency.setdefault(src, set()).add(dst)
            adjacency.setdefault(dst, set())
        super().__init__(adjacency)


def scenario():
    pkg = f"app{next(_ids)}"
    graph = DiGraph([(pkg, f"{pkg}.db"), (pkg, f"{pkg}.web"), (f"{pkg}.web", f"{pkg}.db")])
    return graph.neighbours(pkg), len(graph.adjacency[pkg])
