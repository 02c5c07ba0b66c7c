"""Crawler frontier: decides which site section a link belongs to, caching the parsed result."""
import functools
import itertools
import posixpath
from urllib.parse import urlsplit


# heaplint-todo: the cached wrapper is called with new URLs as outside code would; the application's own calls repeat five keys (unknown, not refuted)
def cached_by(keyfunc, cache={}):  # expect: HL101 refuted
    def decorator(func):
        @functools.wraps(func)
        def wrapper(url):
            key = (func.__qualname__, keyfunc(url))
            if key not in cache:
                cache[key] = func(url)
            return cache[key]
        return wrapper
    return decorator


def _without_query(url):
    return url.strip().partition("?")[0].partition("#")[0]


@cached_by(_without_query)
def section_for(url):
    parts = urlsplit(url)
    path = posixpath.normpath(parts.path or "/")
    head = path.strip("/").split("/", 1)[0]
    return parts.netloc.lower(), head or "index"


_PAGES = ("docs/install", "docs/api/client", "blog/2024/release", "pricing", "")
_links = itertools.count()


def scenario():
    n = next(_links)
    url = f"https://Example.org/{_PAGES[n % len(_PAGES)]}?utm_source=newsletter&ref={n}#top"
    return section_for(url)
