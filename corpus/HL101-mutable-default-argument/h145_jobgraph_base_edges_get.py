"""Job DAG planner: `plan()` orders a run's jobs so each runs after its
dependencies, merging in base edges that callers may share through the
`base` defaultdict default (empty unless a caller fills it). The merge
reads `base.get(job, ())`, which never calls the default factory, so the
default defaultdict stays empty however many jobs are planned."""
import collections
import itertools

_runs = itertools.count()


def plan(edges, base=collections.defaultdict(set)):  # expect: HL101 refuted
    graph = {job: set(deps) | set(base.get(job, ())) for job, deps in edges.items()}
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
