"""Package installer: orders dependencies depth-first and detects cycles
with a set of names being resolved. Packages without dependencies return
before the try/finally, so their names are never discarded from the
default set."""
import itertools

_builds = itertools.count()


def install_order(name, graph, resolving=set()):  # expect: HL101 confirmed
    if name in resolving:
        raise ValueError("dependency cycle through " + name)
    resolving.add(name)
    deps = graph.get(name, ())
    if not deps:
        return [name]
    try:
        order = []
        for dep in deps:
            order.extend(install_order(dep, graph))
        return order + [name]
    finally:
        resolving.discard(name)


def scenario():
    n = next(_builds)
    app, lib, util = "app-%d" % n, "lib-%d" % n, "util-%d" % n
    return install_order(app, {app: [lib, "six-%d" % n], lib: [util]})
