"""Web framework: requests are dispatched through a regex route table and a
`get` helper is made with functools.partial. Hit counts for a /stats page
go into a Counter default keyed by method and the concrete request path, so
every distinct user or order URL adds a key that is never dropped."""
import collections
import functools
import itertools
import re

_reqs = itertools.count()

ROUTES = (
    ("/users/{id}", re.compile(r"^/users/(?P<id>\d+)$"), "user_detail"),
    ("/orders/{id}/items", re.compile(r"^/orders/(?P<id>\d+)/items$"), "order_items"),
    ("/health", re.compile(r"^/health$"), "health"),
)


def dispatch(path, method, hits=collections.Counter()):  # expect: HL101 confirmed
    for template, pattern, view in ROUTES:
        match = pattern.match(path)
        if match is None:
            continue
        hits["%s %s" % (method, path)] += 1
        return view, match.groupdict()
    hits["%s <unmatched>" % method] += 1
    return "not_found", {}


get = functools.partial(dispatch, method="GET")


def scenario():
    n = next(_reqs)
    view, params = get(f"/orders/{n}/items")
    return view, get(f"/users/{n * 7}")[1]["id"], params["id"]
