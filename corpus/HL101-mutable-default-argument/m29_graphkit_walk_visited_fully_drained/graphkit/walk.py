"""Depth-first walk that yields each reachable node once."""


def walk(graph, start, _visited=set()):  # expect: HL101 refuted
    stack = [start]
    while stack:
        node = stack.pop()
        if node in _visited:
            continue
        _visited.add(node)
        yield node
        stack.extend(reversed(graph.get(node, ())))
    _visited.clear()  # ready for the next walk
