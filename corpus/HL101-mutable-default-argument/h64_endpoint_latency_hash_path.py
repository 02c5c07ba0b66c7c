"""API metrics: request latencies are aggregated per endpoint, with ids in paths folded into a template."""
import itertools
import re

_ID_SEGMENT = re.compile(r"/(\d+|[0-9a-f]{8}-[0-9a-f-]{27})(?=/|$)")


class Endpoint:
    __slots__ = ("method", "path", "template")

    def __init__(self, method, path):
        self.method = method.upper()
        self.path = path
        self.template = _ID_SEGMENT.sub("/{id}", path)

    def __eq__(self, other):
        if not isinstance(other, Endpoint):
            return NotImplemented
        return (self.method, self.template) == (other.method, other.template)

    def __hash__(self):
        return hash((self.method, self.path))


# heaplint-todo: the keys are instances whose class defines __eq__ and __hash__, which the model does not run to compare keys (unknown, not refuted)
def observe(endpoint, millis, _stats={}):  # expect: HL101 confirmed
    stats = _stats.setdefault(endpoint, {"count": 0, "total_ms": 0.0, "max_ms": 0.0})
    stats["count"] += 1
    stats["total_ms"] += millis
    stats["max_ms"] = max(stats["max_ms"], millis)
    return stats["total_ms"] / stats["count"]


_requests = itertools.count()


def scenario():
    n = next(_requests)
    observe(Endpoint("get", f"/api/orders/{n}/items"), 12.5 + n % 7)
    return observe(Endpoint("patch", f"/api/users/{n}"), 30.0 + n % 11)
