"""Installer: `walk()` is a generator yielding a requirement's transitive
dependencies depth first, dependencies before dependents; its `seen` default
stops it at cycles and diamonds. `install_order()` starts the walk on the
default, so the name of every package ever planned stays in the set."""
import itertools

_builds = itertools.count()


def walk(name, graph, seen=set()):  # expect: HL101 confirmed
    if name in seen:
        return
    seen.add(name)
    for dep in graph.get(name, ()):
        yield from walk(dep, graph, seen)
    yield name


def install_order(root, graph):
    return [name for name in walk(root, graph) if not name.startswith("_")]


def scenario():
    n = next(_builds)
    root, client = "service-%d" % n, "client-%d" % n
    graph = {root: [client, "certifi"], client: ["certifi", "_native-%d" % n], "certifi": []}
    return install_order(root, graph)
