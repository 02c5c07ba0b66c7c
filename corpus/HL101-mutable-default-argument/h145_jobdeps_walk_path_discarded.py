"""Build pipeline resolver: `walk()` lists a job's dependencies in run order
with a depth-first search, keeping the jobs on the current path in a set
default to detect cycles. Each frame discards its job in a `finally`, also
when a cycle raises deep in the recursion, so the default set is empty
again whenever a top-level call returns or raises."""
import itertools

_builds = itertools.count()


class CycleError(Exception):
    """The job graph has a dependency cycle."""


def walk(job, graph, path=set()):  # expect: HL101 refuted
    if job in path:
        raise CycleError("cycle through %s" % job)
    path.add(job)
    try:
        order = []
        for dep in sorted(graph.get(job, ())):
            order += [d for d in walk(dep, graph, path) if d not in order]
        return order + [job]
    finally:
        path.discard(job)


def scenario():
    n = next(_builds)
    fetch, build, test, ship = ("%s-%d" % (step, n) for step in ("fetch", "build", "test", "ship"))
    graph = {ship: [test, build], test: [build], build: [fetch]}
    if n % 3 == 0:
        graph[fetch] = [ship]
    try:
        return walk(ship, graph)
    except CycleError as exc:
        return str(exc)
