"""API gateway: counts hits per endpoint path with d[k] = d.get(k, 0) + 1."""
import itertools


def record_hit(path, hits={}):  # expect: HL101 confirmed
    hits[path] = hits.get(path, 0) + 1
    return hits[path]


def handle(method, path):
    count = record_hit(f"{method} {path}")
    return 429 if count > 100 else 200


_paths = itertools.count()


def scenario():
    n = next(_paths)
    handle("GET", f"/orders/{n}")
