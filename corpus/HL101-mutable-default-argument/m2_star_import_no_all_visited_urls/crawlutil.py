"""Crawler helpers, without __all__: a star import takes every public name."""
from urllib.parse import urldefrag, urljoin


def normalize_url(base, href):
    url, _fragment = urldefrag(urljoin(base, href))
    return url.rstrip("/")


def should_visit(url, visited=set()):  # expect: HL101 confirmed
    if url in visited:
        return False
    visited.add(url)
    return True


def _robots_cache():
    return None
