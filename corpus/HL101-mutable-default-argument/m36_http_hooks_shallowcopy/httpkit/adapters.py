"""Transport adapters. The loopback adapter answers without any network."""
import collections

Response = collections.namedtuple("Response", "status url headers body")


class LoopbackAdapter:
    def __init__(self, routes=None):
        self.routes = dict(routes or {})
        self.closed = False

    def send(self, request):
        method, url, headers = request
        if self.closed:
            raise ConnectionError("adapter closed")
        path = url.split("://", 1)[-1].partition("/")[2].partition("?")[0]
        status = self.routes.get(path.split("/", 1)[0], 200 if method == "GET" else 405)
        body = ("%s %s" % (method, path)).encode("ascii", "replace")
        return Response(status, url, {"Content-Length": str(len(body))}, body)

    def close(self):
        self.closed = True
