"""Package resolver: resolve() walks a dependency graph depth first and
returns the install order. The set of packages on the current path is passed
down the recursion (seen, an empty set by default for the top call) to stop
at cycles; _requires() only reads the graph and _pin() formats the result.
Each level writes seen = seen | {name}, a new set for its children, so the
default set is only read and stays empty."""
import itertools

_ids = itertools.count()


def _requires(graph, name):
    return sorted(graph.get(name, ()))


def _pin(name):
    return f"{name}==1.0"


def resolve(graph, name, seen=set()):  # expect: HL101 refuted
    if name in seen:
        return []
    seen = seen | {name}
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
