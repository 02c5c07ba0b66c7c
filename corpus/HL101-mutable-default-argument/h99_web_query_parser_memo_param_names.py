"""Search endpoint's query-string parser. Decoding parameter names showed up
in a profile, so the normalised name is memoised in a dict default keyed by
the raw name. Values are decoded fresh per request; the names come from the
endpoint's small fixed vocabulary, so the memo stops growing after warm-up."""
import itertools
from urllib.parse import unquote_plus


def normalise_name(raw, _names={}):  # expect: HL101 refuted
    try:
        return _names[raw]
    except KeyError:
        name = _names[raw] = unquote_plus(raw).strip().lower().replace("-", "_")
        return name


def parse_query(qs):
    params = {}
    for chunk in qs.split("&"):
        if not chunk:
            continue
        key, _, value = chunk.partition("=")
        params.setdefault(normalise_name(key), []).append(unquote_plus(value))
    return params


_searches = itertools.count()


def scenario():
    n = next(_searches)
    params = parse_query("q=blue+shoes+%d&Per-Page=20&sort=price&cursor=c%06d&&" % (n, n))
    return params["q"][-1], int(params["per_page"][0])
