import itertools

_ids = itertools.count()
HOSTS = ["api.example.com", "auth.example.com", "cdn.example.com"]


class CookieJar:
    def __init__(self):
        self._cookies = {}

    def set(self, name, value, domain, path):
        self._cookies[(domain.lstrip("."), path, name)] = value

    def header_for(self, host, path):
        pairs = [f"{n}={v}" for (d, p, n), v in self._cookies.items() if host.endswith(d) and path.startswith(p)]
        return "; ".join(sorted(pairs))


def extract_cookies(host, path, set_cookie_headers, jar=CookieJar()):  # expect: HL101 confirmed
    for header in set_cookie_headers:
        pair, *attributes = [part.strip() for part in header.split(";")]
        name, sep, value = pair.partition("=")
        if not sep or not name:
            continue
        attrs = {k.lower(): v for k, _, v in (a.partition("=") for a in attributes)}
        jar.set(name, value, attrs.get("domain") or host, attrs.get("path") or path)
    return jar


def merge_headers(client_headers, request_headers, cookie_header):
    merged = {k.lower(): v for k, v in client_headers.items()}
    merged.update((k.lower(), v) for k, v in request_headers.items())
    if cookie_header:
        merged["cookie"] = cookie_header
    return merged


def scenario():
    n = next(_ids)
    host, path = HOSTS[n % len(HOSTS)], f"/v1/orders/{n}"
    response_cookies = [f"sessionid={n:x}; HttpOnly", f"csrftoken=t{n}; Path=/; Secure", "malformed"]
    jar = extract_cookies(host, path, response_cookies)
    return merge_headers({"User-Agent": "python-httpx/0.27"}, {"X-Request-ID": str(n)}, jar.header_for(host, "/v1"))
