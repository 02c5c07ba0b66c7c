"""Dependency checker: DFS with the current path in a set default; the path is unwound on the way out, except when a cycle is found."""
import itertools


def has_cycle(node, graph, path=set()):  # expect: HL101 confirmed
    if node in path:
        return True
    path.add(node)
    for dep in graph.get(node, ()):
        if has_cycle(dep, graph, path):
            return True
    path.discard(node)
    return False


_builds = itertools.count()


def scenario():
    n = next(_builds)
    a, b, c = f"pkg{n}a", f"pkg{n}b", f"pkg{n}c"
    graph = {a: [b], b: [c], c: [a] if n % 4 == 0 else []}
    return has_cycle(a, graph)
