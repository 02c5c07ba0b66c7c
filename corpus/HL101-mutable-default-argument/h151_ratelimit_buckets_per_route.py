"""API throttling: `RateLimiter` counts hits per bucket in a dict that the
constructor defaults; `bucket_key()` is abstract in the base and
`PerRouteLimiter` implements it with the request route. All requests hit one
of five routes, so the shared default dict holds five counters, updated in
place."""
import itertools

_requests = itertools.count()


class RateLimiter:
    def __init__(self, limit, buckets={}):  # expect: HL101 refuted
        self.limit = limit
        self.buckets = buckets

    def bucket_key(self, request):
        raise NotImplementedError

    def allow(self, request):
        key = self.bucket_key(request)
        self.buckets[key] = self.buckets.get(key, 0) + 1
        return self.buckets[key] <= self.limit


class PerRouteLimiter(RateLimiter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def bucket_key(self, request):
        return request["route"]


def scenario():
    n = next(_requests)
    req = {"user": f"user-{n:08d}@tenant{n % 7}.example.org", "route": f"/api/v1/items/{n % 5}"}
    return PerRouteLimiter(100).allow(req)
