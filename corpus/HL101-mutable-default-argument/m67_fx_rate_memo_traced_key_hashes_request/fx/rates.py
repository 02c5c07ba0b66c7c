"""Daily rates, looked up once per (currency, day) key."""
from .tracing import TracedKey

_BASE = {"EUR": 1.08, "GBP": 1.27, "JPY": 0.0067}


def rate_for(key, _memo={}):  # expect: HL101 confirmed
    if key not in _memo:
        _memo[key] = round(_BASE[key.currency] * (1 + key.day / 1000), 6)
    return _memo[key]


def convert(amount, currency, day, request_id):
    return round(amount * rate_for(TracedKey(currency, day, request_id)), 2)
