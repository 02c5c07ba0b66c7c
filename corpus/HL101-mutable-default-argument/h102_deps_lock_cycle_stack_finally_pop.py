"""Lockfile check: before writing a lock, the resolver looks for dependency
cycles with a recursive walk that keeps the current path on a `stack`
default. The pop sits in a finally block, so returning a found cycle
straight out of the recursion still unwinds the shared stack to empty."""
import functools
import itertools

_locks = itertools.count()


def find_cycle(graph, node, stack=[]):  # expect: HL101 refuted
    if node in stack:
        return stack[stack.index(node):] + [node]
    stack.append(node)
    try:
        for dep in graph.get(node, ()):
            cycle = find_cycle(graph, dep)
            if cycle:
                return cycle
    finally:
        stack.pop()
    return None


def check_lock(graph):
    walk = functools.partial(find_cycle, graph)
    for root in sorted(graph):
        cycle = walk(root)
        if cycle:
            return "cycle: " + " -> ".join(cycle)
    return "ok"


def scenario():
    n = next(_locks)
    api, auth, models = "api%d" % n, "auth%d" % n, "models%d" % n
    return check_lock({api: [auth], auth: [models], models: [api, "six"], "six": []})
