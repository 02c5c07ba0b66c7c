"""Bookmarking service: Link.site is a property giving the canonical origin of
a saved URL (lower-case IDNA host, default port dropped), memoised in a dict
default keyed by urlsplit's netloc. Shared links carry the sharer's user name
(https://reader7@host/...), and netloc keeps that userinfo part."""
import itertools
from urllib.parse import urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_shares = itertools.count()
DEFAULT_PORTS = {"http": 80, "https": 443}
HOSTS = ("Docs.Python.org", "example.com:443", "Bücher.example:8080", "news.example.")


def canonical_site(scheme, netloc, _memo={}):  # expect: HL101 confirmed
    try:
        return _memo[scheme, netloc]
    except KeyError:
        host, _, port = netloc.rpartition("@")[2].partition(":")
        origin = "%s://%s" % (scheme, host.rstrip(".").encode("idna").decode("ascii").lower())
        if port and int(port) != DEFAULT_PORTS.get(scheme):
            origin += ":" + port
        _memo[scheme, netloc] = origin
        return origin


class Link:
    def __init__(self, url):
        self.url = url
        self.parts = urlsplit(url)

    @property
    def site(self):
        return canonical_site(self.parts.scheme, self.parts.netloc)


def scenario():
    n = next(_shares)
    link = Link("https://reader%d@%s/articles/%d?ref=share" % (n, HOSTS[n % 4], n))
    return link.site, link.parts.path
