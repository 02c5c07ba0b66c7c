"""Tiny HTTP handler in the BaseHTTPRequestHandler style: the method is
dispatched with getattr(self, "do_" + method). GET remembers an ETag per
/static/ path in a dict default; these requests fetch fingerprinted
assets, a new file name per deploy, so one entry per request is kept."""
import hashlib
import itertools

_requests = itertools.count()


class AssetHandler:
    def handle(self, method, path):
        return getattr(self, "do_" + method)(path)

    def do_GET(self, path, _etags={}):  # expect: HL101 confirmed
        body = f"content of {path}".encode()
        if path.startswith("/static/"):
            _etags[path] = hashlib.sha1(body).hexdigest()
        return 200, body

    def do_HEAD(self, path, _headers={"Server": "mini/1.0", "Cache-Control": "max-age=60"}):  # expect: HL101 refuted
        return 200, dict(_headers, Location=path)


def scenario():
    n = next(_requests)
    handler = AssetHandler()
    handler.handle("HEAD", f"/static/app.{n:08x}.js")
    return handler.handle("GET", f"/static/app.{n:08x}.js")
