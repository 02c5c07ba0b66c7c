"""HTTP router: indexes handlers by host, then method, then path pattern,
through a chain of setdefault calls on the default index. Services register
a route for every resource they create, but the leaf key is the path with
its numeric ids replaced by {id}, so the index holds one entry per pattern."""
import itertools
import re

_resources = itertools.count()


def register_route(host, method, path, handler, index={}):  # expect: HL101 refuted
    key = re.sub(r"/\d+(?=/|$)", "/{id}", path.rstrip("/")) or "/"
    index.setdefault(host.lower(), {}).setdefault(method.upper(), {})[key] = handler
    return len(index[host.lower()][method.upper()])


def _show(request):
    return {"status": 200, "path": request}


def scenario():
    n = next(_resources)
    return register_route("API.example.com", "get", f"/orders/{n}/", _show)
