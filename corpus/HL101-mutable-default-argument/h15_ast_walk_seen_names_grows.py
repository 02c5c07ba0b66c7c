"""Dependency graph: walk() visits a module's imports recursively, skipping names it has seen in any earlier walk."""
import itertools


def walk(graph, name, seen=set()):  # expect: HL101 confirmed
    if name in seen:
        return []
    seen.add(name)
    order = []
    for dep in graph.get(name, ()):
        order.extend(walk(graph, dep))
    order.append(name)
    return order


_builds = itertools.count()


def scenario():
    n = next(_builds)
    graph = {f"app{n}": [f"views{n}", f"models{n}"], f"views{n}": [f"models{n}"], f"models{n}": []}
    return walk(graph, f"app{n}")
