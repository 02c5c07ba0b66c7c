"""Tiny HTTP handler in the BaseHTTPRequestHandler style: the method is
dispatched with getattr(self, "do_" + method). GET remembers an ETag per
/static/ path in a dict default; these requests only hit /api/ paths, so
the branch that stores into the default is never taken."""
import hashlib
import itertools

_requests = itertools.count()


class AssetHandler:
    def handle(self, method, path):
        return getattr(self, "do_" + method)(path)

    def do_GET(self, path, _etags={}):  # expect: HL101 refuted
        body = f"content of {path}".encode()
        if path.startswith("/static/"):
            _etags[path] = hashlib.sha1(body).hexdigest()
        return 200, body

    def do_HEAD(self, path, _headers={"Server": "mini/1.0", "Cache-Control": "max-age=60"}):  # expect: HL101 refuted
        return 200, dict(_headers, Location=path)


def scenario():
    n = next(_requests)
    handler = AssetHandler()
    handler.handle("HEAD", f"/api/orders/{n:08x}")
    return handler.handle("GET", f"/api/orders/{n:08x}")
