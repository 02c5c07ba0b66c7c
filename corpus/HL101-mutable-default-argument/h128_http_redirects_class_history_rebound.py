"""HTTP client: `request()` follows redirects and detects loops by keeping
the URLs visited in a history list; its default is a class attribute, and
`get()` forwards **kwargs to it. Each hop rebinds the local name to a new
list (history + [url]), so the class-level default is only ever read."""
import itertools

_reqs = itertools.count()


class Client:
    max_redirects = 5
    _history = []

    def __init__(self, routes):
        self.routes = routes

    def request(self, method, url, history=_history, **kwargs):  # expect: HL101 refuted
        for _ in range(self.max_redirects + 1):
            if url in history:
                raise RuntimeError(f"redirect loop at {url}")
            history = history + [url]
            status, location = self.routes.get(url, (200, None))
            if location is None:
                return {"method": method, "url": url, "status": status, **kwargs}
            url = location
        raise RuntimeError("too many redirects")

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)


def scenario():
    n = next(_reqs)
    old, new = f"http://example.com/a/{n}", f"https://example.com/articles/{n}"
    client = Client({old: (301, new)})
    return client.get(old, timeout=5)["status"]
