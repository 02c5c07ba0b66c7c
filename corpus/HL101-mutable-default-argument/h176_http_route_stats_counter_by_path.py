"""Route statistics for an HTTP worker: each request batch makes a
`RouteStats` that counts hits in a `collections.Counter`, defaulting to a
`Counter()` that is created once, when the function is defined. Hits are
counted by full request path, which includes the record id, so the shared
default Counter gains a key per request and keeps them all."""
import collections
import itertools

_requests = itertools.count()


class RouteStats:
    def __init__(self, worker, counts=collections.Counter()):  # expect: HL101 confirmed
        self.worker = worker
        self.counts = counts

    def hit(self, method, path):
        self.counts[path] += 1
        return self.worker, self.counts[path]


def scenario():
    n = next(_requests)
    stats = RouteStats("w%d" % (n % 4))
    return stats.hit("GET" if n % 3 else "POST", "/api/orders/%d" % n)
