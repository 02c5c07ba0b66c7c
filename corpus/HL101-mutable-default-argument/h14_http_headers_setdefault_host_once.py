"""HTTP/1.1 request builder: fills in Host with setdefault on the default dict, so only the first host sticks."""
import itertools


def build_request(url, headers={}):  # expect: HL101 refuted
    _scheme, _, rest = url.partition("://")
    host, _, path = rest.partition("/")
    headers.setdefault("Host", host)
    headers.setdefault("Connection", "close")
    lines = [f"GET /{path} HTTP/1.1"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return "\r\n".join(lines) + "\r\n\r\n"


_fetches = itertools.count()


def scenario():
    n = next(_fetches)
    return build_request(f"http://host{n}.example.org/status/{n}")
