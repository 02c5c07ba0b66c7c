"""REST search client: RequestBuilder accumulates query parameters through
a fluent param() that stores the pair on self and returns self; url()
renders them. The params dict defaults to a shared dict kept as is, and
each search filters on its own custom field, so the shared dict gains a
filter[...] key per search."""
import itertools
from urllib.parse import urlencode

_ids = itertools.count()


class RequestBuilder:
    def __init__(self, base, params={}):  # expect: HL101 confirmed
        self.base = base
        self.params = params

    def param(self, key, value):
        self.params[key] = value
        return self

    def url(self):
        return f"{self.base}?{urlencode(sorted(self.params.items()))}"


def scenario():
    n = next(_ids)
    req = RequestBuilder("https://api.example.com/issues").param("q", f"crash {n}")
    return len(req.param(f"filter[cf_{n}]", "open").url())
