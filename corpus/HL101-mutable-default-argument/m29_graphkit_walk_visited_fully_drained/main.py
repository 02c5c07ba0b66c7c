"""Build server: each job resolves the dependencies of a freshly pushed package."""
import itertools

from graphkit import reachable

_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    root = f"pkg{n}"
    graph = {
        root: [f"{root}.core", f"{root}.cli"],
        f"{root}.core": [f"{root}.util", "stdlib"],
        f"{root}.cli": [f"{root}.core", f"{root}.util"],
        f"{root}.util": ["stdlib"],
    }
    return reachable(graph, root, limit=3)
