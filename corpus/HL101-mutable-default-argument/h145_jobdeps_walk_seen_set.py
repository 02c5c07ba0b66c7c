"""Build pipeline resolver: `walk()` lists a job's dependencies in run order
with a depth-first search, remembering visited jobs in a set default so a
shared dependency is listed once. Top-level callers leave `seen` out, so
every job name ever resolved stays in the default set (and a job resolved
a second time would come back empty)."""
import itertools

_builds = itertools.count()


def walk(job, graph, seen=set()):  # expect: HL101 confirmed
    if job in seen:
        return []
    seen.add(job)
    order = []
    for dep in sorted(graph.get(job, ())):
        order += walk(dep, graph, seen)
    order.append(job)
    return order


def scenario():
    n = next(_builds)
    fetch, build, test, ship = ("%s-%d" % (step, n) for step in ("fetch", "build", "test", "ship"))
    graph = {ship: [test, build], test: [build], build: [fetch]}
    return walk(ship, graph)
