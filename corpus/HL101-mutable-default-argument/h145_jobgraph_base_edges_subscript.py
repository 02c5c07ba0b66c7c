"""Job DAG planner: `plan()` orders a run's jobs so each runs after its
dependencies, merging in base edges that callers may share through the
`base` defaultdict default (empty unless a caller fills it). The merge
reads `base[job]`, and on a defaultdict that read inserts an empty set for
every job name not seen before, so the default gains an entry per job."""
import collections
import itertools

_runs = itertools.count()


def plan(edges, base=collections.defaultdict(set)):  # expect: HL101 confirmed
    graph = {job: set(deps) | base[job] for job, deps in edges.items()}
    order = []
    ready = sorted(job for job, deps in graph.items() if not deps)
    while ready:
        job = ready.pop(0)
        order.append(job)
        for other in sorted(graph, key=lambda j: (len(graph[j]), j)):
            if job in graph[other]:
                graph[other].discard(job)
                if not graph[other]:
                    ready.append(other)
    return order


def scenario():
    n = next(_runs)
    extract, load, report = "extract-%d" % n, "load-%d" % n, "report-%d" % n
    return plan({report: [load, extract], load: [extract], extract: []})
