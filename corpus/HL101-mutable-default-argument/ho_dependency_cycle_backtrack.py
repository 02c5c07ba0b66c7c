"""Package resolver: finds a dependency cycle by DFS; the path set is backtracked."""
import itertools


def find_cycle(pkg, graph, visiting=set()):  # expect: HL101 refuted
    if pkg in visiting:
        return [pkg]
    visiting.add(pkg)
    try:
        for dep in graph.get(pkg, ()):
            cycle = find_cycle(dep, graph, visiting)
            if cycle:
                return [pkg] + cycle
        return None
    finally:
        visiting.discard(pkg)


_releases = itertools.count()


def scenario():
    n = next(_releases)
    a, b, c = f"app-{n}", f"lib-{n}", f"util-{n}"
    find_cycle(a, {a: [b], b: [c], c: [a] if n % 2 else []})
