"""Cache client facade: unknown attributes are forwarded to a pluggable storage backend."""
import collections
import itertools


class MemoryBackend:
    def __init__(self, max_entries=None):
        self._data = collections.OrderedDict()
        self.max_entries = max_entries

    def set(self, key, value):
        self._data[key] = value
        self._data.move_to_end(key)
        if self.max_entries is not None and len(self._data) > self.max_entries:
            self._data.popitem(last=False)

    def get(self, key, default=None):
        return self._data.get(key, default)


class CacheClient:
    def __init__(self, namespace, backend=MemoryBackend()):  # expect: HL101 confirmed
        self.namespace = namespace
        self._backend = backend

    @property
    def backend(self):
        return self._backend

    def __getattr__(self, name):
        return getattr(self.backend, name)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    client = CacheClient("sessions")
    client.set(f"sessions:{n}", {"user": n, "csrf": f"tok{n:08x}"})
    return client.get(f"sessions:{n}")["user"]
