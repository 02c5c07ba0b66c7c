"""Sliding-window rate limiting for an internal metrics HTTP API."""
import itertools
import re
from collections import defaultdict, deque

_ids = itertools.count()
WINDOW, LIMIT = 10, 2
_ID_SEGMENT = re.compile(r"/\d+(?=/|$)")


class RateLimited(Exception):
    pass


def check_rate(path, now, _history=defaultdict(deque)):  # expect: HL101 refuted
    route = _ID_SEGMENT.sub("/{id}", path.split("?", 1)[0])
    hits = _history[route]
    while hits and hits[0] <= now - WINDOW:
        hits.popleft()
    if len(hits) >= LIMIT:
        raise RateLimited(route)
    hits.append(now)
    return route


def handle(path, now):
    try:
        route = check_rate(path, now)
    except RateLimited as exc:
        return 429, "rate limited on %s" % exc
    return 200, route


def scenario():
    n = next(_ids)
    now = n * 4
    paths = ("/series/%d/points?step=60" % n, "/hosts/%d" % (n * 7), "/health")
    return [handle(path, now + i) for i, path in enumerate(paths)]
