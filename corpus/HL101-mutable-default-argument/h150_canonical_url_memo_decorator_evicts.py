"""Link shortener: canonical_url() normalises a submitted URL and is memoised
by a small decorator whose cache is a dict default; once the cache holds
MAXSIZE entries the oldest one is dropped before a new one goes in."""
import functools
import itertools
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_submissions = itertools.count()
DEFAULT_PORTS = {"http": 80, "https": 443}
MAXSIZE = 64


def memoize(fn, _cache={}):  # expect: HL101 refuted
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__qualname__,) + args
        if key in _cache:
            return _cache[key]
        if len(_cache) >= MAXSIZE:
            _cache.pop(next(iter(_cache)))
        _cache[key] = fn(*args)
        return _cache[key]
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
