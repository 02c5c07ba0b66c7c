"""Reverse proxy: upstream_headers() returns the baseline multi-value
header map (name -> list of values) forwarded to every backend, and
forward() adds the request's own X-Request-Id to the map it got with
setdefault().append(). The map is the default dict itself, so the
X-Request-Id list in it gains one id per request and keeps them all."""
import itertools

_ids = itertools.count()


def upstream_headers(headers={"Accept": ["application/json"], "Via": ["1.1 edge"]}):  # expect: HL101 confirmed
    return headers


def forward(method, path, request_id):
    headers = upstream_headers()
    headers.setdefault("X-Request-Id", []).append(request_id)
    lines = [f"{name}: {value}" for name, values in headers.items() for value in values]
    return f"{method} {path} HTTP/1.1\r\n" + "\r\n".join(lines)


def scenario():
    n = next(_ids)
    return len(forward("GET", f"/orders/{n}", f"req-{n:012d}"))
