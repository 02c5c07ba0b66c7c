"""Build tool: a recursive generator lists dependency chains between two targets, sharing a default path stack; callers only take the first chain, and the pop sits in `finally` so closing the generator unwinds the stack."""
import itertools


def iter_chains(graph, node, goal, path=[]):  # expect: HL101 refuted
    path.append(node)
    try:
        if node == goal:
            yield list(path)
        for child in graph.get(node, ()):
            if child not in path:
                yield from iter_chains(graph, child, goal, path)
    finally:
        path.pop()


def why_depends(graph, start, goal):
    chain = next(iter_chains(graph, start, goal), None)
    return " -> ".join(chain) if chain else None


_builds = itertools.count()


def scenario():
    n = next(_builds)
    app, lib, core = f"app{n}", f"lib{n}", f"core{n}"
    graph = {app: [lib, core], lib: [core], core: []}
    return why_depends(graph, app, core)
