"""Plugin loader: computes the modules a plugin pulls in by walking its
import graph. `visit_module` and `visit_imports` recurse into each other and
share a `loaded` set; `plugin_closure` starts the walk without passing a set,
so the default collects the module names of every plugin ever inspected."""
import itertools

_plugins = itertools.count()


def visit_module(name, graph, loaded=set()):  # expect: HL101 confirmed
    if name not in loaded:
        loaded.add(name)
        visit_imports(graph.get(name, ()), graph, loaded)
    return loaded


def visit_imports(imports, graph, loaded):
    for imported in imports:
        visit_module(imported, graph, loaded)


def plugin_closure(plugin, graph):
    return sorted(visit_module(plugin, graph))


def scenario():
    n = next(_plugins)
    root, api, db = f"plugins.p{n}", f"plugins.p{n}.api", f"plugins.p{n}.db"
    graph = {root: [api, db, "json"], api: [db, "http.client"], db: ["sqlite3"]}
    return plugin_closure(root, graph)
