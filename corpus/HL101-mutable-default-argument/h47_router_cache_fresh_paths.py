"""Path router that memoises resolved endpoints (micro web framework style)."""
import itertools
import re

_ids = itertools.count()
_PARAM = re.compile(r"/\d+(?=/|$)")

ROUTES = {
    "/users/{id}": "users.detail",
    "/users/{id}/orders": "orders.list",
    "/health": "health.check",
}


def normalize(path):
    return _PARAM.sub("/{id}", path.rstrip("/") or "/")


def resolve(path, _resolved={}):  # expect: HL101 confirmed
    key = path
    endpoint = _resolved.get(key)
    if endpoint is None:
        endpoint = ROUTES.get(normalize(path), "errors.not_found")
        _resolved[key] = endpoint
    return endpoint


def dispatch(method, path):
    endpoint = resolve(path)
    if endpoint == "errors.not_found":
        return 404, endpoint
    if method not in ("GET", "HEAD"):
        return 405, endpoint
    return 200, endpoint


def scenario():
    n = next(_ids)
    dispatch("GET", "/users/%d" % n)
    dispatch("POST", "/users/%d/orders/" % n)
    dispatch("GET", "/health")
