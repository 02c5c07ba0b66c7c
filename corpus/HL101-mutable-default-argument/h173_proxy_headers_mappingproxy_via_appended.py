"""Reverse proxy: forward() merges the upstream default headers into each
outgoing request. The defaults are a types.MappingProxyType over a module
dict, read-only at the top level, but its "Via" value is a list and the hop
is appended to it in place, so the shared list grows with every request."""
import itertools
import types

_BASE_HEADERS = {"User-Agent": "edge-proxy/3.4", "Accept": "application/json", "Via": ["1.1 lb"]}
DEFAULT_HEADERS = types.MappingProxyType(_BASE_HEADERS)


def forward(path, incoming, hop, defaults=DEFAULT_HEADERS):  # expect: HL101 confirmed
    via = defaults["Via"]
    via.append(f"1.1 {hop}")
    headers = {**defaults, **incoming, "Via": ", ".join(via[-3:])}
    return f"GET {path}", headers


_requests = itertools.count()


def scenario():
    n = next(_requests)
    line, headers = forward(f"/v1/carts/{n}", {"X-Request-Id": f"r-{n:010d}"}, f"edge-{n}.pop.example.net")
    return line, headers["Via"]
