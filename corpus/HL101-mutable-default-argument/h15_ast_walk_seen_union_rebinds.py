"""Dependency graph: walk() passes a new `seen | {name}` set down the recursion, so the default is only read."""
import itertools


def walk(graph, name, seen=set()):  # expect: HL101 refuted
    if name in seen:
        raise ValueError(f"import cycle through {name}")
    seen = seen | {name}
    order = []
    for dep in graph.get(name, ()):
        for item in walk(graph, dep, seen):
            if item not in order:
                order.append(item)
    order.append(name)
    return order


_builds = itertools.count()


def scenario():
    n = next(_builds)
    graph = {f"app{n}": [f"views{n}", f"models{n}"], f"views{n}": [f"models{n}"], f"models{n}": []}
    return walk(graph, f"app{n}")
