"""Package index: each upload of a release is checked against its dependency graph."""
import itertools

from graphkit.analysis import deps, orphans

_releases = itertools.count()


def scenario():
    n = next(_releases)
    app, lib, util, docs = f"app-{n}", f"lib-{n}", f"util-{n}", f"docs-{n}"
    graph = {app: [lib, util], lib: [util], util: [], docs: [util]}
    return deps.install_set(graph, app), orphans.unused(graph, [app])
