"""Exact binomial coefficients with an optional memo, configured once at import."""
import itertools
import math

SETTINGS = {"cache": False, "check_args": True}

_use_cache = True


def set_cache(enabled):
    _use_cache = bool(enabled)


def cache_enabled():
    return _use_cache


def binomial(n, k, _memo={}):  # expect: HL101 confirmed
    if SETTINGS["check_args"] and (n < 0 or not 0 <= k <= n):
        raise ValueError(f"invalid binomial({n}, {k})")
    key = (n, min(k, n - k))
    if key in _memo:
        return _memo[key]
    value = math.comb(*key)
    if cache_enabled():
        _memo[key] = value
    return value


set_cache(SETTINGS["cache"])

_rows = itertools.count(10)


def scenario():
    n = next(_rows)
    return binomial(n, 3) + binomial(n, n - 3)
