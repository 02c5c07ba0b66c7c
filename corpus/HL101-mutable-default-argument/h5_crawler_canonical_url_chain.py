"""Crawler: fetch_page -> canonical -> _first_visit, where the visited set is a default three calls down."""
import itertools
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode

TRACKING = {"utm_source", "utm_medium", "utm_campaign"}


def _first_visit(url: str, visited: set[str] = set()) -> bool:  # expect: HL101 confirmed
    if url in visited:
        return False
    visited.add(url)
    return True


def canonical(url: str) -> str | None:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in TRACKING]
    clean = urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", urlencode(sorted(query)), ""))
    return clean if _first_visit(clean) else None


def fetch_page(url: str) -> dict:
    target = canonical(url)
    if target is None:
        return {"url": url, "status": "skipped"}
    return {"url": target, "status": "queued"}


_links = itertools.count()


def scenario():
    n = next(_links)
    fetch_page(f"https://Shop.Example.com/item/{n}?utm_source=mail&color=red#reviews")
