"""Routing: an iterative DFS keeps its work stack in a default list and returns as soon as the target is found."""
import itertools


def reachable(graph, start, target, stack=[]):  # expect: HL101 confirmed
    seen = set()
    stack.append(start)
    while stack:
        node = stack.pop()
        if node == target:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(graph.get(node, ()))
    return False


_maps = itertools.count()


def scenario():
    n = next(_maps)
    a, b, c, d = (f"{x}{n}" for x in "abcd")
    graph = {a: [c, d, b], b: [], d: [b]}
    return reachable(graph, a, b)
