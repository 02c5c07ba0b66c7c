"""HTTP client: per-request headers are merged over the session's into a new dict; the default is never written."""
import itertools


class Session:
    def __init__(self, base_url):
        self.base_url = base_url
        self.headers = {"User-Agent": "client/2.1", "Accept": "*/*"}

    def request(self, method, path, headers={}, params=()):  # expect: HL101 refuted
        merged = dict(self.headers)
        merged.update(headers)
        query = "&".join(f"{k}={v}" for k, v in params)
        url = f"{self.base_url}{path}" + (f"?{query}" if query else "")
        return {"method": method, "url": url, "headers": merged}


_calls = itertools.count()


def scenario():
    n = next(_calls)
    s = Session(f"https://api{n % 3}.example.com")
    a = s.request("GET", f"/users/{n}", params=(("page", n),))
    b = s.request("POST", "/events", headers={"X-Request-Id": f"r{n}"})
    return len(a["headers"]) + len(b["headers"])
