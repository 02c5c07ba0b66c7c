"""Plugin loader: computes the modules a plugin pulls in by walking its
import graph. `visit_module` and `visit_imports` recurse into each other and
share a `loaded` set; `plugin_closure` starts every walk with a fresh set
that is passed on to every call, so the default set is never written to."""
import itertools

_plugins = itertools.count()


# heaplint-todo: Default set of `visit_module` grows if called without `loaded`; no call in this file does (heaplint: unknown)
def visit_module(name, graph, loaded=set()):  # expect: HL101 refuted
    if name not in loaded:
        loaded.add(name)
        visit_imports(graph.get(name, ()), graph, loaded)
    return loaded


def visit_imports(imports, graph, loaded):
    for imported in imports:
        visit_module(imported, graph, loaded)


def plugin_closure(plugin, graph):
    return sorted(visit_module(plugin, graph, set()))


def scenario():
    n = next(_plugins)
    root, api, db = f"plugins.p{n}", f"plugins.p{n}.api", f"plugins.p{n}.db"
    graph = {root: [api, db, "json"], api: [db, "http.client"], db: ["sqlite3"]}
    return plugin_closure(root, graph)
