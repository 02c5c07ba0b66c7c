"""Crawler: fetch_robots() fetches a host's robots.txt and returns its
Disallow rules, tracking in-flight hosts in a dict default so two workers do
not fetch the same file at once. It takes a URL string or a SplitResult. A
port out of range raises ValueError, handled by returning None; the entry is
dropped in a finally clause, so it goes on that path too."""
import itertools
from urllib.parse import SplitResult, urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_hosts = itertools.count()


# heaplint-todo: it grows by new keys cut out of parsed text, which may repeat (heaplint: unknown)
def fetch_robots(target, fetch, in_flight={}):  # expect: HL101 refuted
    parts = target if isinstance(target, SplitResult) else urlsplit(target)
    if parts.netloc in in_flight:
        return None
    in_flight[parts.netloc] = parts
    try:
        robots = "%s://%s:%d/robots.txt" % (parts.scheme, parts.hostname, parts.port or 443)
        body = fetch(robots)
    except ValueError:
        return None
    finally:
        del in_flight[parts.netloc]
    return [line.split(":", 1)[1].strip() for line in body.splitlines() if line.startswith("Disallow:")]


def scenario():
    n = next(_hosts)
    fetch = lambda url: "User-agent: *\nDisallow: /private/%d\n" % len(url)
    good = fetch_robots(urlsplit("https://site%d.example/page" % n), fetch)
    bad = fetch_robots("https://site%d.example:70000/page" % n, fetch)
    return good, bad
