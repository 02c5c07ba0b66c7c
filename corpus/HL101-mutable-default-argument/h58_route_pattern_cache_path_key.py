"""URL dispatcher that compiles route patterns lazily."""
import itertools
import re

_ids = itertools.count()
_ID_SEGMENT = re.compile(r"/\d+(?=/|$)")

ROUTES = {
    "/users/{id}": "user_detail",
    "/users/{id}/orders/{id}": "user_orders",
    "/health": "health",
}


def _compile(template):
    pattern = re.escape(template).replace(r"\{id\}", r"(\d+)")
    return re.compile(pattern + "$")


def resolve(path, _compiled={}):  # expect: HL101 confirmed
    template = _ID_SEGMENT.sub("/{id}", path)
    view = ROUTES.get(template)
    if view is None:
        return None, ()
    matcher = _compiled.get(path)
    if matcher is None:
        matcher = _compiled[path] = _compile(template)
    match = matcher.match(path)
    return view, tuple(int(g) for g in match.groups())


def scenario():
    n = next(_ids)
    view, args = resolve(f"/users/{n}/orders/{n * 7 + 1}")
    assert view == "user_orders" and args == (n, n * 7 + 1)
    assert resolve(f"/users/{n}") == ("user_detail", (n,))
    assert resolve(f"/static/app.{n}.js") == (None, ())
