"""HTTP client: each request starts from the SDK's base headers and adds its own.

`base_headers()` returns its default list itself, not a copy, but
`build_request()` concatenates with `+`, which builds a new list and leaves the
default as it was; later additions go to that new list. `quote_param()` only
reads its default set of safe characters.
"""
import itertools
import json
import urllib.parse

API_ROOT = "https://api.example.com/v2"


def base_headers(_headers=[("User-Agent", "acme-sdk/2.3"), ("Accept", "application/json")]):  # expect: HL101 refuted
    return _headers


def quote_param(value, _safe={"-", "_", ".", "~"}):  # expect: HL101 refuted
    if all(ch.isalnum() or ch in _safe for ch in value):
        return value
    return urllib.parse.quote(value, safe="".join(sorted(_safe)))


class PreparedRequest:
    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

    def header(self, name):
        for key, value in reversed(self.headers):
            if key.lower() == name.lower():
                return value
        return None


def build_request(method, path, params, token, request_id, payload=None):
    headers = base_headers() + [("Authorization", f"Bearer {token}"), ("X-Request-Id", request_id)]
    query = "&".join(f"{key}={quote_param(str(val))}" for key, val in sorted(params.items()))
    url = f"{API_ROOT}{path}" + (f"?{query}" if query else "")
    body = None
    if payload is not None:
        headers += [("Content-Type", "application/json")]
        body = json.dumps(payload, separators=(",", ":"))
    return PreparedRequest(method, url, headers, body)


class FakeTransport:
    """Answers every request with 200 and echoes the request id."""

    def send(self, request):
        return 200, {"request_id": request.header("X-Request-Id"), "url": request.url}


_transport = FakeTransport()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    if n % 2:
        request = build_request("GET", "/orders", {"page": n % 9, "q": f"name:{n} & co"}, f"tk{n}", f"req-{n}")
    else:
        request = build_request("POST", "/orders", {}, f"tk{n}", f"req-{n}", payload={"sku": "A-1", "qty": n % 4})
    status, _ = _transport.send(request)
    return status
