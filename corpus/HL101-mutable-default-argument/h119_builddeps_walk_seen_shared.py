"""Build system: `walk_deps` is a recursive generator that yields every
target a target depends on, each once, dependencies first. The visited set is
a default argument that the recursive calls pass down; `link_order` starts
the walk without one, so the target names of every build stay in the set
(and a later build that reuses a name would silently skip it)."""
import itertools

_builds = itertools.count()


def walk_deps(graph, target, seen=set()):  # expect: HL101 confirmed
    for dep in graph.get(target, ()):
        if dep in seen:
            continue
        seen.add(dep)
        yield from walk_deps(graph, dep, seen)
        yield dep


def link_order(graph, binary):
    return [t for t in walk_deps(graph, binary) if t.endswith(".a")][::-1]


def scenario():
    n = next(_builds)
    graph = {
        f"app{n}": [f"libnet{n}.a", f"libcore{n}.a"],
        f"libnet{n}.a": [f"libcore{n}.a", f"proto{n}.h"],
        f"libcore{n}.a": [f"config{n}.h"],
    }
    return "cc -o app%d main.o %s" % (n, " ".join(link_order(graph, f"app{n}")))
