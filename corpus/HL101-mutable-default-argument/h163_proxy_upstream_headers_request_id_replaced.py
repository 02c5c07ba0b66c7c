"""Reverse proxy: upstream_headers() returns the baseline multi-value
header map (name -> list of values) forwarded to every backend, and
forward() sets the request's own X-Request-Id on the map it got. The map
is the default dict itself, but forward() replaces that one entry each
time, so the default holds a single request id however many requests pass."""
import itertools

_ids = itertools.count()


def upstream_headers(headers={"Accept": ["application/json"], "Via": ["1.1 edge"]}):  # expect: HL101 refuted
    return headers


def forward(method, path, request_id):
    headers = upstream_headers()
    headers["X-Request-Id"] = [request_id]
    lines = [f"{name}: {value}" for name, values in headers.items() for value in values]
    return f"{method} {path} HTTP/1.1\r\n" + "\r\n".join(lines)


def scenario():
    n = next(_ids)
    return len(forward("GET", f"/orders/{n}", f"req-{n:012d}"))
