"""Geocoding helper that memoises address lookups in a default dict."""
import itertools
import zlib


def _lookup(address):
    digest = zlib.crc32(address.encode("utf-8"))
    return (digest % 180 - 90.0, digest % 360 - 180.0)


def geocode(address, _cache={}):  # expect: HL101 confirmed
    key = " ".join(address.lower().split())
    if key not in _cache:
        _cache[key] = _lookup(key)
    return _cache[key]


_orders = itertools.count()


def scenario():
    n = next(_orders)
    lat, lon = geocode(f"{n} Harbour Street, Springfield")
    return lat + lon
