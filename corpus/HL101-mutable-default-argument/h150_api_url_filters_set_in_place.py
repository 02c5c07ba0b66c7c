"""CRM API client: ApiUrl builds request URLs for a REST endpoint, with the
query parameters in a dict default. with_filter() sets a custom-field filter
in place and returns self for chaining, so every ApiUrl built without params
shares the dict and keeps every filter any request ever set."""
import itertools
from urllib.parse import urlencode, urljoin

# urljoin keeps urlsplit's 128-entry lru_cache busy: let it fill first.
# oracle: calls=200
_requests = itertools.count()


class ApiUrl:
    def __init__(self, base, path, params={}):  # expect: HL101 confirmed
        self.base, self.path, self.params = base, path, params

    def with_filter(self, field, value):
        self.params["filter[%s]" % field] = value
        return self

    @property
    def url(self):
        query = urlencode(sorted(self.params.items()))
        return urljoin(self.base, self.path) + ("?" + query if query else "")


def scenario():
    n = next(_requests)
    api = ApiUrl("https://crm.example/api/v2/", "contacts/%d/deals" % n)
    return len(api.with_filter("custom_%d" % n, "open").url)
