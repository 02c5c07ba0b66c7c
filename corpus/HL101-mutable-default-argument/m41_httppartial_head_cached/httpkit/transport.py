from urllib.parse import urlencode


class Response:
    __slots__ = ("status", "url", "body")

    def __init__(self, status, url, body):
        self.status, self.url, self.body = status, url, body

    def ok(self):
        return 200 <= self.status < 400


def fetch(method, url, params=None, *, timeout=10.0, cache_ttl=0, _cache={}):  # expect: HL101 refuted
    if params:
        url = f"{url}?{urlencode(sorted(params.items()))}"
    key = (method, url)
    if key in _cache:
        return _cache[key]
    scheme, _, rest = url.partition("://")
    path = "/" + rest.split("/", 1)[-1].split("?", 1)[0] if "/" in rest else "/"
    if scheme not in ("http", "https") or timeout <= 0:
        raise ValueError(f"cannot fetch {url!r}")
    status = 404 if path.endswith("/missing") else 200
    body = b"" if method == "HEAD" else f"{method} {path}".encode()
    resp = Response(status, url, body)
    if cache_ttl > 0 and method == "GET" and resp.ok():
        _cache[key] = resp
    return resp


def purge_cache():
    fetch.__kwdefaults__["_cache"].clear()
