"""Package resolver: resolve() walks a dependency graph depth first and
returns the install order. The set of packages already visited is passed
down the recursion (seen, an empty set by default for the top call);
_requires() only reads the graph and _pin() formats the result. Each level
adds its package with seen.add(), so every package name of every resolved
lock file stays in the shared default set."""
import itertools

_ids = itertools.count()


def _requires(graph, name):
    return sorted(graph.get(name, ()))


def _pin(name):
    return f"{name}==1.0"


def resolve(graph, name, seen=set()):  # expect: HL101 confirmed
    if name in seen:
        return []
    seen.add(name)
    order = []
    for dep in _requires(graph, name):
        order.extend(resolve(graph, dep, seen))
    order.append(_pin(name))
    return order


def scenario():
    n = next(_ids)
    app, web, db, log = (f"{part}-{n}" for part in ("app", "web", "db", "log"))
    graph = {app: [web, db], web: [log], db: [log]}
    return len(resolve(graph, app))
