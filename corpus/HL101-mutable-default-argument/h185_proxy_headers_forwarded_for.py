"""Reverse proxy: an `OutgoingRequest` keeps its headers in the dict passed
as `headers` and exposes it through a `headers` property; `__repr__` only
formats the header names for the access log. Forwarding records the client
address under X-Forwarded-For, a header that may repeat, so it appends to a
list; with the default dict that list collects every client ever forwarded."""
import itertools

_conns = itertools.count()


class OutgoingRequest:
    def __init__(self, method, url, headers={}):  # expect: HL101 confirmed
        self.method = method
        self.url = url
        self._headers = headers

    @property
    def headers(self):
        return self._headers

    def __repr__(self):
        return f"<{self.method} {self.url} headers={sorted(self._headers)}>"


def forward(method, path, client_ip):
    req = OutgoingRequest(method, f"http://backend.internal{path}")
    req.headers.setdefault("X-Forwarded-For", []).append(client_ip)
    return repr(req)


def scenario():
    n = next(_conns)
    return forward("GET", f"/orders/{n}", f"2001:db8:{n >> 16 & 0xffff:x}:{n & 0xffff:x}::a0:17")
