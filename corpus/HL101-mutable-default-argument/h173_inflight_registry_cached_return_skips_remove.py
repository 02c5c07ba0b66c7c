"""Request handler: every request is added to an Inflight registry (the
default argument) so a status page can list what is running. The removal
runs after rendering, so a cache hit returns early and leaves its request
in the shared registry for good."""
import itertools


class Inflight:
    def __init__(self):
        self._live = {}

    def add(self, key, request):
        self._live[key] = request

    def remove(self, key):
        del self._live[key]


def handle(request, cache, inflight=Inflight()):  # expect: HL101 confirmed
    inflight.add(request["id"], request)
    if request["path"] in cache:
        return cache[request["path"]]
    body = "<h1>%s</h1>" % request["path"].upper()
    cache[request["path"]] = body
    inflight.remove(request["id"])
    return body


_ids = itertools.count()


def scenario():
    n = next(_ids)
    cache = {}
    path = f"/reports/quarterly/{n}?region=emea&format=html"
    handle({"id": f"req-{n}-a", "path": path, "user": f"analyst{n}"}, cache)
    return handle({"id": f"req-{n}-b", "path": path, "user": f"analyst{n}"}, cache)
