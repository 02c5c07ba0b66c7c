"""Geocoding service decorated with caching.cached."""
from caching import cached


@cached
def geocode(address):
    h = sum(map(ord, address))
    return (h % 180 - 90.0, h % 360 - 180.0)
