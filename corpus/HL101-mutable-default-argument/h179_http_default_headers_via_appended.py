"""HTTP client helper: default_headers() fills in the standard headers and
returns the dict it was given -- when called without one, the shared default
dict itself. The proxy-aware request builder appends its hop to the "Via"
list of what it got back, so that list inside the default grows per request."""
import itertools

_ids = itertools.count()


def default_headers(headers={}):  # expect: HL101 confirmed
    headers.setdefault("User-Agent", "acme-client/2.4")
    headers.setdefault("Accept", "application/json")
    return headers


def proxied_request(url, hop):
    headers = default_headers()
    headers.setdefault("Via", []).append(f"1.1 {hop}.edge.example.net")
    lines = [f"GET {url} HTTP/1.1", f"Via: {headers['Via'][-1]}"]
    lines += [f"{k}: {v}" for k, v in headers.items() if k != "Via"]
    return "\r\n".join(lines)


def scenario():
    n = next(_ids)
    return len(proxied_request(f"/orders/{n}", f"proxy-{n}"))
