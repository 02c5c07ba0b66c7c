"""Route statistics for an HTTP worker: each request batch makes a
`RouteStats` that counts hits in a `collections.Counter`, defaulting to a
`Counter()` that is created once, when the function is defined. Hits are
counted by HTTP method only, so the shared default Counter is updated every
request but never holds more than its two keys (GET, POST)."""
import collections
import itertools

_requests = itertools.count()


class RouteStats:
    def __init__(self, worker, counts=collections.Counter()):  # expect: HL101 refuted
        self.worker = worker
        self.counts = counts

    def hit(self, method, path):
        self.counts[method] += 1
        return self.worker, self.counts[method]


def scenario():
    n = next(_requests)
    stats = RouteStats("w%d" % (n % 4))
    return stats.hit("GET" if n % 3 else "POST", "/api/orders/%d" % n)
