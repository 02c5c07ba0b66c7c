"""API throttling: `RateLimiter` counts hits per bucket in a dict that the
constructor defaults; `bucket_key()` is abstract in the base and
`PerUserLimiter` implements it with the caller's user id. Each request comes
from a new user, so the shared default dict gains one bucket per request."""
import itertools

_requests = itertools.count()


class RateLimiter:
    def __init__(self, limit, buckets={}):  # expect: HL101 confirmed
        self.limit = limit
        self.buckets = buckets

    def bucket_key(self, request):
        raise NotImplementedError

    def allow(self, request):
        key = self.bucket_key(request)
        self.buckets[key] = self.buckets.get(key, 0) + 1
        return self.buckets[key] <= self.limit


class PerUserLimiter(RateLimiter):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def bucket_key(self, request):
        return request["user"]


def scenario():
    n = next(_requests)
    req = {"user": f"user-{n:08d}@tenant{n % 7}.example.org", "route": f"/api/v1/items/{n % 5}"}
    return PerUserLimiter(100).allow(req)
