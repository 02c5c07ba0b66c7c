"""Case-insensitive HTTP header map built on collections.abc.MutableMapping.
__init__ takes `store or {}`: the shared default `{}` is empty and therefore
falsy, so each Headers gets a new dict, __setitem__ writes into that one, and
the default itself is never written to."""
import itertools
from collections.abc import MutableMapping

_requests = itertools.count()


class Headers(MutableMapping):
    def __init__(self, store={}):  # expect: HL101 refuted
        self._store = store or {}

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
