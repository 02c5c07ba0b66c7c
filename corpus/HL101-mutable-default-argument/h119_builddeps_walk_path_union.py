"""Build system: `walk_deps` is a recursive generator that yields the targets
a target depends on, dependencies first, and reports dependency cycles. The
set default holds the current path from the root; each level rebinds it to
`path | {target}`, a new set, so the default itself is never mutated and the
caller drops duplicates of shared dependencies with `dict.fromkeys`."""
import itertools

_builds = itertools.count()


class CycleError(Exception):
    pass


def walk_deps(graph, target, path=set()):  # expect: HL101 refuted
    if target in path:
        raise CycleError(" -> ".join(sorted(path)) + " -> " + target)
    path = path | {target}
    for dep in graph.get(target, ()):
        yield from walk_deps(graph, dep, path)
        yield dep


def link_order(graph, binary):
    return [t for t in dict.fromkeys(walk_deps(graph, binary)) if t.endswith(".a")][::-1]


def scenario():
    n = next(_builds)
    graph = {
        f"app{n}": [f"libnet{n}.a", f"libcore{n}.a"],
        f"libnet{n}.a": [f"libcore{n}.a", f"proto{n}.h"],
        f"libcore{n}.a": [f"config{n}.h"],
    }
    return "cc -o app%d main.o %s" % (n, " ".join(link_order(graph, f"app{n}")))
