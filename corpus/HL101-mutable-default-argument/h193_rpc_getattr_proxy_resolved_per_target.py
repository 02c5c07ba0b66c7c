"""RPC tracing: TracingProxy wraps a client and counts calls; __getattr__
delegates unknown attributes to the wrapped client and caches the resolved
bound method in a default dict keyed by (id(client), name). Each request
wraps a fresh client, and each cached bound method keeps its client alive."""
import itertools

_requests = itertools.count()


class InventoryClient:
    def __init__(self, region):
        self.region = region
        self.buffer = [0] * 16

    def stock(self, sku):
        return len(sku) + len(self.region)


class TracingProxy:
    def __init__(self, target):
        self._target = target
        self.calls = 0

    def __getattr__(self, name, _resolved={}):  # expect: HL101 confirmed
        key = (id(self._target), name)
        if key not in _resolved:
            _resolved[key] = getattr(self._target, name)
        self.calls += 1
        return _resolved[key]


def scenario():
    n = next(_requests)
    client = TracingProxy(InventoryClient(f"eu-{n}"))
    return client.stock(f"SKU-{n}") + client.calls
