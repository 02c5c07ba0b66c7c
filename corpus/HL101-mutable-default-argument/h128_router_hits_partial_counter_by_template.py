"""Web framework: requests are dispatched through a regex route table and a
`get` helper is made with functools.partial. Hit counts for a /stats page
go into a Counter default keyed by method and the route template, so the
counter holds at most one key per route however many URLs are served."""
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


# heaplint-todo: called with new arguments as outside code would call it, dispatch grows it; but this application uses dispatch as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def dispatch(path, method, hits=collections.Counter()):  # expect: HL101 refuted
    for template, pattern, view in ROUTES:
        match = pattern.match(path)
        if match is None:
            continue
        hits["%s %s" % (method, template)] += 1
        return view, match.groupdict()
    hits["%s <unmatched>" % method] += 1
    return "not_found", {}


get = functools.partial(dispatch, method="GET")


def scenario():
    n = next(_reqs)
    view, params = get(f"/orders/{n}/items")
    return view, get(f"/users/{n * 7}")[1]["id"], params["id"]
