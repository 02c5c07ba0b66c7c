"""HTTP router: indexes handlers by host, then method, then path, through a
chain of setdefault calls on the default index. Services register a route
for every resource they create, and the leaf key is the concrete path, so
each new resource adds an entry to the shared index."""
import itertools

_resources = itertools.count()


def register_route(host, method, path, handler, index={}):  # expect: HL101 confirmed
    key = path.rstrip("/") or "/"
    index.setdefault(host.lower(), {}).setdefault(method.upper(), {})[key] = handler
    return len(index[host.lower()][method.upper()])


def _show(request):
    return {"status": 200, "path": request}


def scenario():
    n = next(_resources)
    return register_route("API.example.com", "get", f"/orders/{n}/", _show)
