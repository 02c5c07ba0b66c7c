"""Case-insensitive HTTP header map built on collections.abc.MutableMapping.
__setitem__ stores into the backing dict given to __init__, which defaults to
the shared `{}`, so every header set on any request (fresh request ids here)
ends up in the same dict and stays there."""
import itertools
from collections.abc import MutableMapping

_requests = itertools.count()


class Headers(MutableMapping):
    # heaplint-todo: it flows into `headers.update()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, store={}):  # expect: HL101 confirmed
        self._store = store

    def __getitem__(self, key):
        return self._store[key.lower()]

    def __setitem__(self, key, value):
        self._store[key.lower()] = value

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return iter(self._store)

    def __len__(self):
        return len(self._store)


def scenario():
    n = next(_requests)
    headers = Headers()
    headers.update({"X-Request-Id": f"req-{n:08d}", f"X-Trace-{n}": f"00-{n:032x}-{n:016x}-01"})
    return headers["x-request-id"]
