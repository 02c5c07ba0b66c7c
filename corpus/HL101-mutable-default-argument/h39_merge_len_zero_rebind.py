"""Settings merge: an empty `into` (always so for the default, which nothing ever fills) is swapped for a fresh dict before updating."""
import itertools


def merge_settings(overrides, into={}):  # expect: HL101 refuted
    if len(into) == 0:
        into = {}
    into.update(overrides)
    into.setdefault("locale", "en_US")
    return into


_requests = itertools.count()


def scenario():
    n = next(_requests)
    base = merge_settings({"theme": "dark", f"pref_{n}": n})
    user = merge_settings({"locale": "de_DE"}, base)
    return len(user), user["locale"]
