"""Service discovery client: host lookups are cached in a small LRU dict."""
import itertools
import zlib


class LRUDict(dict):
    def __init__(self, maxsize, *args, **kwargs):
        self.maxsize = maxsize
        super().__init__(*args, **kwargs)

    def __getitem__(self, key):
        value = super().pop(key)
        super().__setitem__(key, value)
        return value

    def __setitem__(self, key, value):
        super().pop(key, None)
        super().__setitem__(key, value)
        while len(self) > self.maxsize:
            super().pop(next(iter(self)))


def _query(host):
    digest = zlib.crc32(host.encode("ascii"))
    return f"10.{digest >> 16 & 255}.{digest >> 8 & 255}.{digest & 255}"


def resolve(host, _answers=LRUDict(32)):  # expect: HL101 confirmed
    host = host.rstrip(".").lower()
    if host in _answers:
        return _answers[host]
    address = _answers.setdefault(host, _query(host))
    return address


_lookups = itertools.count()


def scenario():
    n = next(_lookups)
    return resolve(f"API-{n}.internal.example.") + resolve("db.internal.example")
