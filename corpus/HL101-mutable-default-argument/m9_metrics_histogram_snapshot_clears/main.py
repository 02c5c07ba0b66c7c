"""Request timing: each request gets its own latency histogram, reported once at the end."""
import itertools

from metrics.kinds import Counter, Histogram

_requests = itertools.count()
served = Counter("requests")


def scenario():
    n = next(_requests)
    latency = Histogram(f"req{n}.latency_ms")
    for step in (n % 7, n % 11 + 0.5, 12.25):
        latency.observe(step * 10 + n / 1000)
    served.observe(1)
    return latency.snapshot(), served.total()
