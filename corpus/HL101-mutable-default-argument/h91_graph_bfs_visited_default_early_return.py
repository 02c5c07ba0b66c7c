"""Deploy planner: a breadth-first walk answers whether one service transitively depends on another; the visited set is a default and the walk returns as soon as it reaches the target."""
import collections
import itertools


def depends_on(graph, service, target, visited=set()):  # expect: HL101 confirmed
    queue = collections.deque([service])
    while queue:
        name = queue.popleft()
        if name == target:
            return True
        if name in visited:
            continue
        visited.add(name)
        queue.extend(graph[name])
    return False


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    names = [f"svc-{n}-{i}" for i in range(5)]
    graph = collections.defaultdict(list, {a: [b] for a, b in zip(names, names[1:])})
    return depends_on(graph, names[0], names[3])
