"""Lockfile check: before writing a lock, the resolver looks for dependency
cycles with a recursive walk that keeps the current path on a `stack`
default. When a cycle is found it returns straight out of the recursion,
skipping the pops, so the path stays on the shared stack; every lock
attempt here has a cycle to report."""
import functools
import itertools

_locks = itertools.count()


def find_cycle(graph, node, stack=[]):  # expect: HL101 confirmed
    if node in stack:
        return stack[stack.index(node):] + [node]
    stack.append(node)
    for dep in graph.get(node, ()):
        cycle = find_cycle(graph, dep)
        if cycle:
            return cycle
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
