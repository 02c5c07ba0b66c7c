"""Repository helpers: row lookups memoised per (table, key)."""
from .constants import RATES, Region


def _load(table, key):
    if table == "regions":
        region = Region(key)
        return {"region": region.name, "rate": RATES[region]}
    return {"order": key, "status": "new", "lines": 1 + len(key) % 3}


def find(query, cache={}):  # expect: HL101 confirmed
    key = (query["table"], query["key"])
    row = cache.get(key)
    if row is None:
        row = cache[key] = _load(*key)
    return row
