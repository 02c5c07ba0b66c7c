"""Depth-first traversal."""


def reachable(graph, start, visited=set()):  # expect: HL101 confirmed
    """Add every node reachable from `start` to `visited` and return it."""
    stack = [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        stack.extend(graph.get(node, ()))
    return visited
