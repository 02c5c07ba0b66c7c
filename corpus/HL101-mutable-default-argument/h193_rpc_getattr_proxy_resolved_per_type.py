"""RPC tracing: TracingProxy wraps a client and counts calls; __getattr__
delegates unknown attributes to the wrapped client and caches the resolved
function in a default dict keyed by (type(client), name), binding it to the
client on each access. Every client has the same type, so the cache holds
one entry however many clients are wrapped."""
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

    # heaplint-todo: called with new arguments as outside code would call it, `__getattr__` grows it; but this application does not call `__getattr__` by name (it uses it as a value, a table, an attribute, a callback; the interpreter calls it; or every subclass overrides it), and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
    def __getattr__(self, name, _resolved={}):  # expect: HL101 refuted
        key = (type(self._target), name)
        if key not in _resolved:
            _resolved[key] = getattr(type(self._target), name)
        self.calls += 1
        return _resolved[key].__get__(self._target)


def scenario():
    n = next(_requests)
    client = TracingProxy(InventoryClient(f"eu-{n}"))
    return client.stock(f"SKU-{n}") + client.calls
