"""APM agent: record() keeps the k slowest requests in the `_worst=[]`
default as a min-heap of (latency_ms, endpoint) tuples. Once the heap holds
k entries it uses heapq.heappushpop, which pushes the new request and pops
the fastest one, so the heap never grows past k tuples."""
import heapq
import itertools

_requests = itertools.count()


def record(latency_ms, endpoint, k=5, _worst=[]):  # expect: HL101 refuted
    item = (latency_ms, endpoint)
    if len(_worst) < k:
        heapq.heappush(_worst, item)
    else:
        heapq.heappushpop(_worst, item)
    return [name for _, name in heapq.nlargest(k, _worst)]


def scenario():
    n = next(_requests)
    latency = (n * 37) % 500 + 0.25
    return record(latency, f"GET /api/orders/{n}/items?page={n % 7}")[0]
