"""Pricing service: computed quotes are memoised per (sku, quantity) in a
dict default. New keys are stored only while the memo holds fewer than
SETTINGS["quote_cache_max"] entries, configured to 50_000_000, so every
distinct request in this process is stored and the dict keeps growing."""
import itertools

_ids = itertools.count()
SETTINGS = {"quote_cache_max": 50_000_000, "currency": "EUR"}


def _price(sku, qty):
    base = sum(map(ord, sku)) % 97 + 3.5
    return round(base * qty * (0.9 if qty >= 10 else 1.0), 2)


def quote(sku, qty, _memo={}):  # expect: HL101 confirmed
    key = (sku, qty)
    if key in _memo:
        return _memo[key]
    value = {"sku": sku, "qty": qty, "total": _price(sku, qty)}
    if len(_memo) < SETTINGS["quote_cache_max"]:
        _memo[key] = value
    return value


def scenario():
    n = next(_ids)
    return quote(f"SKU-{n:06d}-RED", n % 20 + 1)["total"]
