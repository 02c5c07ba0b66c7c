"""Build planner: modules list their imports and `build_order()` returns a
topological order from a nested depth-first `visit()` closure. The visited
set is made fresh per call, but the `order` list the closure appends to is
the default, so every plan's module names pile up in it."""
import itertools

_plans = itertools.count()


def build_order(graph, roots=None, order=[]):  # expect: HL101 confirmed
    visited = set()

    def visit(node):
        if node in visited:
            return
        visited.add(node)
        for dep in sorted(graph.get(node, ())):
            visit(dep)
        order.append(node)

    for node in roots or sorted(graph):
        visit(node)
    return order


def parse(lines):
    return {name.strip(): deps.split() for name, _, deps in (line.partition(":") for line in lines)}


def scenario():
    n = next(_plans)
    graph = parse(["app%d: core%d net%d" % (n, n, n), "net%d: core%d" % (n, n), "core%d:" % n])
    return " -> ".join(build_order(graph, roots=["app%d" % n])[-3:])
