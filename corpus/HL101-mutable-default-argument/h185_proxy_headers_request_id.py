"""Reverse proxy: an `OutgoingRequest` keeps its headers in the dict passed
as `headers` and exposes it through a `headers` property; `__repr__` only
formats the header names for the access log. Forwarding stamps the request
id under X-Request-Id. The default dict is written through the property on
every call, but always under that one key, each id replacing the last."""
import itertools

_conns = itertools.count()


class OutgoingRequest:
    def __init__(self, method, url, headers={}):  # expect: HL101 refuted
        self.method = method
        self.url = url
        self._headers = headers

    @property
    def headers(self):
        return self._headers

    def __repr__(self):
        return f"<{self.method} {self.url} headers={sorted(self._headers)}>"


def forward(method, path, request_id):
    req = OutgoingRequest(method, f"http://backend.internal{path}")
    req.headers["X-Request-Id"] = request_id
    return repr(req)


def scenario():
    n = next(_conns)
    return forward("GET", f"/orders/{n}", f"req-{n:08x}-{n * 7919:08x}")
