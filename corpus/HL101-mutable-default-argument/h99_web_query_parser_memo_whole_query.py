"""Search endpoint's query-string parser. Parsing showed up in a profile, so
results are memoised in a dict default keyed by the raw query string. Every
search carries its own term and cursor, so no query repeats and each one
leaves its parsed params in the memo for the life of the worker."""
import itertools
from urllib.parse import unquote_plus


def _pairs(qs):
    for chunk in qs.split("&"):
        if not chunk:
            continue
        key, _, value = chunk.partition("=")
        yield unquote_plus(key).strip().lower().replace("-", "_"), unquote_plus(value)


def parse_query(qs, _parsed={}):  # expect: HL101 confirmed
    try:
        return _parsed[qs]
    except KeyError:
        pass
    params = {}
    for name, value in _pairs(qs):
        params.setdefault(name, []).append(value)
    _parsed[qs] = params
    return params


_searches = itertools.count()


def scenario():
    n = next(_searches)
    params = parse_query("q=blue+shoes+%d&Per-Page=20&sort=price&cursor=c%06d&&" % (n, n))
    return params["q"][-1], int(params["per_page"][0])
