"""Dependency viewer: `Graph` answers neighbour and degree queries over an
adjacency dict; `DiGraph` builds that dict from an edge list and hands it
to `super().__init__`. The `adjacency` default is a seed of nodes every
graph starts with; it is copied with a comprehension (sets included)
before the edges are added, so the default is only read."""
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
    def __init__(self, edges, adjacency={}):  # expect: HL101 refuted
        graph = {node: set(targets) for node, targets in adjacency.items()}
        for src, dst in edges:
            graph.setdefault(src, set()).add(dst)
            graph.setdefault(dst, set())
        super().__init__(graph)


def scenario():
    pkg = f"app{next(_ids)}"
    graph = DiGraph([(pkg, f"{pkg}.db"), (pkg, f"{pkg}.web"), (f"{pkg}.web", f"{pkg}.db")])
    return graph.neighbours(pkg), graph.busiest()
