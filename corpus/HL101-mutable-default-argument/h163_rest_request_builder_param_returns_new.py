"""REST search client: RequestBuilder accumulates query parameters through
a fluent param() in copy-on-write style: it returns a new builder whose
params are {**self.params, key: value}; url() renders them. The params
default is a shared dict, but it is only ever read, never written."""
import itertools
from urllib.parse import urlencode

_ids = itertools.count()


class RequestBuilder:
    def __init__(self, base, params={}):  # expect: HL101 refuted
        self.base = base
        self.params = params

    def param(self, key, value):
        return RequestBuilder(self.base, {**self.params, key: value})

    def url(self):
        return f"{self.base}?{urlencode(sorted(self.params.items()))}"


def scenario():
    n = next(_ids)
    req = RequestBuilder("https://api.example.com/issues").param("q", f"crash {n}")
    return len(req.param(f"filter[cf_{n}]", "open").url())
