"""HTTP headers: set() copies the shared default dict before writing, but add() writes without copying."""
import itertools


class Headers:
    def __init__(self, values={}):  # expect: HL101 confirmed
        self._values = values
        self._shared = True

    def _own(self):
        if self._shared:
            self._values = dict(self._values)
            self._shared = False

    def set(self, name, value):
        self._own()
        self._values[name.lower()] = value

    def add(self, name, value):
        key = name.lower()
        old = self._values.get(key)
        self._values[key] = value if old is None else f"{old}, {value}"

    def get(self, name, default=None):
        return self._values.get(name.lower(), default)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    headers = Headers()
    headers.add(f"X-Request-{n}", str(n))
    return headers.get("Content-Type", "text/plain")
