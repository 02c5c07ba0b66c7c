"""Access-log analyser: a default collections.Counter tallies hits per
endpoint. The endpoint is the path minus its query string, which still
contains the order id, so every order adds a new counter key."""
import collections
import itertools

_lines = itertools.count()


def endpoint(path):
    return path.split("?", 1)[0]


def tally(line, counts=collections.Counter()):  # expect: HL101 confirmed
    """Count one access-log line; return the busiest endpoint so far."""
    method, path, status = line.split()
    if status.startswith("2"):
        counts[method + " " + endpoint(path)] += 1
    return counts.most_common(1)[0][0] if counts else None


def scenario():
    n = next(_lines)
    return tally("GET /orders/%d?fields=total 200" % n)
