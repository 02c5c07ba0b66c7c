"""HTTP client: `build_request()` takes default headers and cookies and copies them with `{**headers}` / `[*cookies]` before adding per-request values.

Both defaults are only unpacked into new containers. The per-request trace id
header and session cookie go into the copies, which belong to the returned
`PreparedRequest`, and the caller drops that after sending. The shared
defaults are never mutated.
"""
import itertools
import urllib.parse


class PreparedRequest:
    def __init__(self, method, url, headers, cookies, body):
        self.method = method
        self.url = url
        self.headers = headers
        self.cookies = cookies
        self.body = body

    def wire(self):
        lines = [f"{self.method} {self.url} HTTP/1.1"]
        lines += [f"{k}: {v}" for k, v in sorted(self.headers.items())]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies))
        return "\r\n".join(lines) + "\r\n\r\n" + (self.body or "")


def build_request(method, url, params, trace_id, session,
                  headers={"Accept": "application/json"},  # expect: HL101 refuted
                  cookies=[("lang", "en")]):  # expect: HL101 refuted
    merged = {**headers}
    merged["X-Trace-Id"] = trace_id
    jar = [*cookies]
    jar.append(("session", session))
    query = urllib.parse.urlencode(sorted(params.items()))
    full_url = f"{url}?{query}" if query else url
    body = None
    if method in ("POST", "PUT"):
        merged["Content-Type"] = "application/x-www-form-urlencoded"
        body, full_url = query, url
    return PreparedRequest(method, full_url, merged, jar, body)


def send(request):
    return len(request.wire().encode("utf-8"))


_ids = itertools.count()


def scenario():
    n = next(_ids)
    method = "POST" if n % 3 == 0 else "GET"
    req = build_request(method, "https://api.example.com/items", {"page": n, "q": f"term{n}"},
                        f"{n:016x}", f"sess-{n}")
    return send(req)
