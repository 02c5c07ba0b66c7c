"""Listing page query-string parser: `key=value` pairs are decoded into a
`params` dict default seeded by earlier calls (sticky paging settings).
Only whitelisted keys are stored, so the per-request tracking parameters
are dropped and the shared dict never holds more than four keys."""
import itertools
from urllib.parse import unquote_plus

_KNOWN = {"q", "page", "size", "sort"}
_ids = itertools.count()


def parse_query(qs, params={}):  # expect: HL101 refuted
    for pair in qs.split("&"):
        key, _, value = pair.partition("=")
        key = unquote_plus(key)
        if key in _KNOWN:
            params[key] = unquote_plus(value)
    return dict(params)


def scenario():
    n = next(_ids)
    qs = f"q=trail+shoes&page={n % 9}&sort=price&ref_{n:07d}=newsletter+{n}"
    return len(parse_query(qs))
