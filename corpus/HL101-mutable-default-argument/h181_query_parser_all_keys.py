"""Listing page query-string parser: `key=value` pairs are decoded into a
`params` dict default seeded by earlier calls (sticky paging settings).
Every key is stored, including the per-request tracking parameter, so
each request adds a new key and value to the shared dict."""
import itertools
from urllib.parse import unquote_plus

_KNOWN = {"q", "page", "size", "sort"}
_ids = itertools.count()


def parse_query(qs, params={}):  # expect: HL101 confirmed
    for pair in qs.split("&"):
        key, _, value = pair.partition("=")
        key = unquote_plus(key)
        params[key] = unquote_plus(value)
    return {k: v for k, v in params.items() if k in _KNOWN}


def scenario():
    n = next(_ids)
    qs = f"q=trail+shoes&page={n % 9}&sort=price&ref_{n:07d}=newsletter+{n}"
    return len(parse_query(qs))
