"""Deploy planner: a breadth-first walk finds the hop count from one service to another; callers may pass services to avoid, and the default set is copied before the walk adds to it."""
import collections
import dataclasses
import itertools


@dataclasses.dataclass(frozen=True)
class Route:
    found: bool
    hops: int = -1


def route_to(graph, service, target, avoid=set()):  # expect: HL101 refuted
    seen = set(avoid)
    queue = collections.deque([(service, 0)])
    while queue:
        name, hops = queue.popleft()
        if name == target:
            return Route(True, hops)
        if name in seen:
            continue
        seen.add(name)
        queue.extend((dep, hops + 1) for dep in graph[name])
    return Route(False)


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    names = [f"svc-{n}-{i}" for i in range(5)]
    graph = collections.defaultdict(list, {a: [b] for a, b in zip(names, names[1:])})
    return route_to(graph, names[0], names[3])
