"""Reverse proxy: forward() merges the upstream default headers into each
outgoing request. The defaults are a types.MappingProxyType over a module
dict whose "Via" value is a list; the hop is added by concatenation, which
builds a new list per request, so the proxy and the dict behind it are only
read."""
import itertools
import types

_BASE_HEADERS = {"User-Agent": "edge-proxy/3.4", "Accept": "application/json", "Via": ["1.1 lb"]}
DEFAULT_HEADERS = types.MappingProxyType(_BASE_HEADERS)


def forward(path, incoming, hop, defaults=DEFAULT_HEADERS):  # expect: HL101 refuted
    via = defaults["Via"] + [f"1.1 {hop}"]
    headers = {**defaults, **incoming, "Via": ", ".join(via[-3:])}
    return f"GET {path}", headers


_requests = itertools.count()


def scenario():
    n = next(_requests)
    line, headers = forward(f"/v1/carts/{n}", {"X-Request-Id": f"r-{n:010d}"}, f"edge-{n}.pop.example.net")
    return line, headers["Via"]
