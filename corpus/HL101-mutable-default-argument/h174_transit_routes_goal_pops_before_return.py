"""Transit planner: enumerates the simple routes between two stops with a
recursive generator that keeps the current route in a `route` list default,
appending a stop on entry and popping it on exit. On reaching the goal it
yields a copy, pops the goal and returns; the caller exhausts the generator,
so every pop runs and the default list is empty after every search."""
import itertools

_trips = itertools.count()


def routes(graph, stop, goal, route=[]):  # expect: HL101 refuted
    route.append(stop)
    if stop == goal:
        yield list(route)
        route.pop()
        return
    for nxt in graph.get(stop, ()):
        if nxt not in route:
            yield from routes(graph, nxt, goal, route)
    route.pop()


def scenario():
    n = next(_trips)
    a, b, c, d = (f"{name} stop {n}" for name in ("Harbour", "Market", "Museum", "Airport"))
    graph = {a: [b, c], b: [c, d], c: [d]}
    return [" -> ".join(r) for r in routes(graph, a, d)]
