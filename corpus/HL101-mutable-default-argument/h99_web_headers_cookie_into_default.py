"""Inventory-sync HTTP client: each sync job builds an `Upstream` whose
headers start from a default dict. The constructor keeps the default itself
as the job's headers, so the session cookie of every job is appended to the
one shared Cookie header, which grows with every job ever run."""
import itertools

AGENT = "inventory-sync/2.4 (+https://example.invalid/bot)"


class Upstream:
    def __init__(self, base_url, headers={"User-Agent": AGENT, "Accept": "application/json"}):  # expect: HL101 confirmed
        self.base_url = base_url.rstrip("/")
        self.headers = headers

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
