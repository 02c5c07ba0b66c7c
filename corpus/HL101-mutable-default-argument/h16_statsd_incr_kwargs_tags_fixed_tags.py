"""Metrics client: counters are keyed by metric name plus the keyword tags of the call, and flushed by an exporter elsewhere."""
import itertools
from collections import Counter

ROUTES = ("/login", "/orders", "/orders/{id}")


def incr(metric, _counts=Counter(), **tags):  # expect: HL101 refuted
    key = (metric,) + tuple(sorted(tags.items()))
    _counts[key] += 1
    return _counts[key]


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return incr("http.requests", route=ROUTES[n % 3], status=str(200 + n % 4))
