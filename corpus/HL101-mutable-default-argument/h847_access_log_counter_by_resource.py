"""Access-log analyser: a default collections.Counter tallies hits per
endpoint. The endpoint is the first path segment (the resource), so ids
and query strings never reach the key and the Counter only updates counts."""
import collections
import itertools

_lines = itertools.count()


def endpoint(path):
    return "/" + path.split("?", 1)[0].strip("/").split("/", 1)[0]


def tally(line, counts=collections.Counter()):  # expect: HL101 refuted
    """Count one access-log line; return the busiest endpoint so far."""
    method, path, status = line.split()
    if status.startswith("2"):
        counts[method + " " + endpoint(path)] += 1
    return counts.most_common(1)[0][0] if counts else None


def scenario():
    n = next(_lines)
    return tally("GET /orders/%d?fields=total 200" % n)
