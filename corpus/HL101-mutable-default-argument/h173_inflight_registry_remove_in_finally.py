"""Request handler: every request is added to an Inflight registry (the
default argument) so a status page can list what is running. Cache hits
return early, but the removal sits in `finally`, so the shared registry is
empty again after each request."""
import itertools


class Inflight:
    def __init__(self):
        self._live = {}

    def add(self, key, request):
        self._live[key] = request

    def remove(self, key):
        del self._live[key]


def handle(request, cache, inflight=Inflight()):  # expect: HL101 refuted
    inflight.add(request["id"], request)
    try:
        if request["path"] in cache:
            return cache[request["path"]]
        body = "<h1>%s</h1>" % request["path"].upper()
        cache[request["path"]] = body
        return body
    finally:
        inflight.remove(request["id"])


_ids = itertools.count()


def scenario():
    n = next(_ids)
    cache = {}
    path = f"/reports/quarterly/{n}?region=emea&format=html"
    handle({"id": f"req-{n}-a", "path": path, "user": f"analyst{n}"}, cache)
    return handle({"id": f"req-{n}-b", "path": path, "user": f"analyst{n}"}, cache)
