"""Offline geocoder: turns a normalised address into a stable (lat, lon)."""
import zlib


class Geocoder:
    def __init__(self, lang, max_entries=None, cache={}):  # expect: HL101 refuted
        self.lang = lang
        self.max_entries = max_entries
        self.cache = cache

    def lookup(self, address):
        key = " ".join(address.lower().split())
        point = self.cache.get(key)
        if point is None:
            point = self.cache[key] = self._resolve(key)
            if self.max_entries and len(self.cache) > self.max_entries:
                del self.cache[next(iter(self.cache))]
        return point

    def _resolve(self, key):
        h = zlib.crc32(f"{self.lang}:{key}".encode())
        return round(h % 18000 / 100 - 90, 4), round(h // 18000 % 36000 / 100 - 180, 4)
