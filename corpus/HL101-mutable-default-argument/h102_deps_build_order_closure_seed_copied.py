"""Build planner: modules list their imports and `build_order()` returns a
topological order from a nested depth-first `visit()` closure, after the
bootstrap steps given by `seed`. The closure appends to `order`, a fresh
list copied from the default, so the default keeps only its one step."""
import itertools

_plans = itertools.count()


def build_order(graph, roots=None, seed=["bootstrap"]):  # expect: HL101 refuted
    visited, order = set(seed), list(seed)

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
