"""Query-string parser that accumulates into a default dict through a merge
lambda picked from a dispatch table; the router is configured with the "all"
policy, whose lambda appends every value to a per-key list, so the shared
accumulator keeps every value of every request and grows."""
import itertools
from urllib.parse import unquote_plus

_ids = itertools.count()

MERGE = {
    "first": lambda acc, key, value: acc.setdefault(key, value),
    "last": lambda acc, key, value: acc.__setitem__(key, value),
    "all": lambda acc, key, value: acc.setdefault(key, []).append(value),
}

ROUTER_POLICY = "all"


def parse_query(query, policy="last", into={}):  # expect: HL101 confirmed
    merge = MERGE[policy]
    for chunk in query.split("&"):
        if not chunk:
            continue
        key, sep, value = chunk.partition("=")
        merge(into, unquote_plus(key), unquote_plus(value) if sep else "")
    return into


def route(path_with_query):
    path, _, query = path_with_query.partition("?")
    params = parse_query(query, ROUTER_POLICY)
    page = params.get("page", "1")
    if isinstance(page, list):
        page = page[-1]
    return path.rstrip("/") or "/", int(page)


def scenario():
    n = next(_ids)
    return route("/search/?q=blue+shoes+%d&page=%d&sort=price" % (n, n % 5 + 1))
