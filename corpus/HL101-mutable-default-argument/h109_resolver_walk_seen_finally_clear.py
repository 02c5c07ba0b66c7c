"""Installer: `walk()` is a generator yielding a requirement's transitive
dependencies depth first, dependencies before dependents; its `seen` default
stops it at cycles and diamonds. The outermost walk (the one that found the set
empty) clears it in `finally` once it is exhausted or closed."""
import itertools

_builds = itertools.count()


def walk(name, graph, seen=set()):  # expect: HL101 refuted
    outermost = not seen
    seen.add(name)
    try:
        for dep in graph.get(name, ()):
            if dep not in seen:
                yield from walk(dep, graph, seen)
        yield name
    finally:
        if outermost:
            seen.clear()


def install_order(root, graph):
    return [name for name in walk(root, graph) if not name.startswith("_")]


def scenario():
    n = next(_builds)
    root, client = "service-%d" % n, "client-%d" % n
    graph = {root: [client, "certifi"], client: ["certifi", "_native-%d" % n], "certifi": []}
    return install_order(root, graph)
