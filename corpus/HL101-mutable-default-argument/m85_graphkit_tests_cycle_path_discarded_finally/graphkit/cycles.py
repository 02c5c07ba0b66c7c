"""Cycle detection by depth-first search."""


def has_cycle(graph, node, path=set()):  # expect: HL101 refuted
    """True when a cycle is reachable from `node`; `path` holds the nodes on the current path."""
    if node in path:
        return True
    path.add(node)
    try:
        return any(has_cycle(graph, successor, path) for successor in graph.get(node, ()))
    finally:
        path.discard(node)


def find_cycle_roots(graph):
    """The nodes from which some cycle can be reached, in graph order."""
    return [node for node in graph if has_cycle(graph, node)]
