"""Offline transport: answers from a routing table instead of the network."""
from urllib.parse import urlencode, urlsplit


class Request:
    def __init__(self, method, url, params=None, headers=None):
        self.method = method.upper()
        self.url = url + ("?" + urlencode(sorted(params.items())) if params else "")
        self.headers = dict(headers or {})


class Response:
    def __init__(self, request, status, body):
        self.request = request
        self.status = status
        self.body = body
        self.elapsed = None


def send(request):
    path = urlsplit(request.url).path
    status = 404 if path.endswith("/missing") else 200
    return Response(request, status, ("%s %s" % (request.method, path)).encode())
