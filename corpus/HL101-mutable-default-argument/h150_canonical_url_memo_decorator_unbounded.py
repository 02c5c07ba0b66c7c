"""Link shortener: canonical_url() normalises a submitted URL (lower-case
scheme and host, default port dropped, sorted query, no fragment) and is
memoised by a small decorator whose cache is a dict default shared by every
decorated function. Submitted URLs are nearly all new, so it only grows."""
import functools
import itertools
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_submissions = itertools.count()
DEFAULT_PORTS = {"http": 80, "https": 443}


def memoize(fn, _cache={}):  # expect: HL101 confirmed
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__qualname__,) + args
        if key in _cache:
            return _cache[key]
        result = _cache[key] = fn(*args)
        return result
    return wrapper


@memoize
def canonical_url(url):
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != DEFAULT_PORTS.get(parts.scheme):
        host = "%s:%d" % (host, parts.port)
    query = urlencode(sorted(parse_qsl(parts.query)))
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", query, ""))


def scenario():
    n = next(_submissions)
    return canonical_url("HTTPS://Blog.Example.COM:443/post/%d?utm_source=x&id=%d#top" % (n, n))
