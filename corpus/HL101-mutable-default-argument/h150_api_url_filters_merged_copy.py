"""CRM API client: ApiUrl builds request URLs for a REST endpoint, with the
query parameters in a dict default. with_filter() returns a new ApiUrl whose
params merge the old ones with the filter, so the chain reads the dict
default but never writes to it."""
import itertools
from urllib.parse import urlencode, urljoin

# urljoin keeps urlsplit's 128-entry lru_cache busy: let it fill first.
# oracle: calls=200
_requests = itertools.count()


class ApiUrl:
    def __init__(self, base, path, params={}):  # expect: HL101 refuted
        self.base, self.path, self.params = base, path, params

    def with_filter(self, field, value):
        return ApiUrl(self.base, self.path, {**self.params, "filter[%s]" % field: value})

    @property
    def url(self):
        query = urlencode(sorted(self.params.items()))
        return urljoin(self.base, self.path) + ("?" + query if query else "")


def scenario():
    n = next(_requests)
    api = ApiUrl("https://crm.example/api/v2/", "contacts/%d/deals" % n)
    return len(api.with_filter("custom_%d" % n, "open").url)
