"""URL builder that assembles pieces on a shared, re-entrant scratch stack."""
import itertools
from urllib.parse import quote

_ids = itertools.count()


class URLBuildError(ValueError):
    pass


def _encode(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, str)):
        return quote(str(value), safe="")
    raise URLBuildError("cannot encode %s" % type(value).__name__)


def build_url(base, path, params, _parts=[]):  # expect: HL101 confirmed
    start = len(_parts)
    _parts.append(base.rstrip("/") + "/" + path.lstrip("/"))
    sep = "?"
    for key in sorted(params):
        _parts.append("%s%s=%s" % (sep, quote(key), _encode(params[key])))
        sep = "&"
    url = "".join(_parts[start:])
    del _parts[start:]
    return url


def link_for(page, **filters):
    try:
        return build_url("https://api.example.com/", "/v2/items", dict(filters, page=page))
    except URLBuildError:
        return None


def scenario():
    n = next(_ids)
    link_for(n, q="term %d" % n, archived=False)
    link_for(n + 1, q="t%d" % n, tags=("red", "blue"))
