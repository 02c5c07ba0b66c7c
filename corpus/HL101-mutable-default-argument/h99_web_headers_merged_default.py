"""Inventory-sync HTTP client: each sync job builds an `Upstream` whose
headers start from a default dict. The constructor merges the default into a
new dict, so the session cookie the upstream hands out is remembered in the
job's own headers and the default is only ever read."""
import itertools

AGENT = "inventory-sync/2.4 (+https://example.invalid/bot)"


class Upstream:
    def __init__(self, base_url, headers={"User-Agent": AGENT, "Accept": "application/json"}):  # expect: HL101 refuted
        self.base_url = base_url.rstrip("/")
        self.headers = {**headers}

    def remember_cookie(self, set_cookie):
        pair = set_cookie.split(";", 1)[0].strip()
        self.headers["Cookie"] = "; ".join(filter(None, (self.headers.get("Cookie"), pair)))

    def prepare(self, method, path, **extra):
        merged = dict(self.headers, **{k.replace("_", "-").title(): v for k, v in extra.items()})
        return method, "%s/%s" % (self.base_url, path.lstrip("/")), merged


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    client = Upstream("https://stock.example.invalid/api/")
    client.remember_cookie("sid=%032x; Path=/; HttpOnly" % (n * 2654435761))
    return client.prepare("GET", "/items/%d" % n, if_none_match='"%x"' % n)
