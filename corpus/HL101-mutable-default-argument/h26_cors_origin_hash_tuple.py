"""CORS check: Origin.__hash__ memoizes hashes; trusted origins are a tuple, so `in` only compares with __eq__ and never hashes."""
import itertools


class Origin:
    def __init__(self, scheme, host, port):
        self.scheme, self.host, self.port = scheme, host.lower(), port

    def __eq__(self, other):
        return isinstance(other, Origin) and self._key() == other._key()

    # heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
    def __hash__(self, _hashes={}):  # expect: HL101 refuted
        key = self._key()
        if key not in _hashes:
            _hashes[key] = hash(key)
        return _hashes[key]

    def _key(self):
        return (self.scheme, self.host, self.port)


TRUSTED = (Origin("https", "app.example.com", 443), Origin("https", "admin.example.com", 443))


def allow(origin_header):
    scheme, _, rest = origin_header.partition("://")
    host, _, port = rest.partition(":")
    return Origin(scheme, host, int(port or 443)) in TRUSTED


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return allow(f"https://tenant{n}.example.org:{8000 + n % 100}")
