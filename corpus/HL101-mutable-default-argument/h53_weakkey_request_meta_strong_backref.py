"""Per-request metadata attached by middleware without touching Request."""
import itertools
import weakref

_ids = itertools.count()


class Request:
    def __init__(self, path, headers):
        self.path = path
        self.headers = headers


class RequestMeta:
    __slots__ = ("request", "route", "user")

    def __init__(self, request, route):
        self.request = request
        self.route = route
        self.user = None


def meta_for(request, _registry=weakref.WeakKeyDictionary()):  # expect: HL101 confirmed
    meta = _registry.get(request)
    if meta is None:
        route = request.path.strip("/").split("/")[0] or "index"
        meta = _registry[request] = RequestMeta(request, route)
    return meta


def authenticate(request):
    meta = meta_for(request)
    token = request.headers.get("Authorization", "")
    if token.startswith("Bearer "):
        meta.user = token[7:]
    return meta.user


def scenario():
    n = next(_ids)
    req = Request("/orders/%d" % n, {"Authorization": "Bearer u%d" % n})
    authenticate(req)
    return meta_for(req).route
