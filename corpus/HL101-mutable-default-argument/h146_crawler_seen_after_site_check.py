"""Docs-site crawler: internal_links() is a generator yielding the unseen
same-site links of a fetched page, resolved with urljoin and stripped of
fragments; the seen set is a default so it persists across the pages of a
crawl. Off-site links (a fresh issue link on every page) are skipped before
the seen check, and the same-site links are the fixed navigation pages."""
import itertools
from urllib.parse import urldefrag, urljoin, urlsplit

_pages = itertools.count()
SITE = "docs.example.org"
NAV = ("/", "../api/", "/guide/#install", "/changelog", "/search?q=", "mailto:docs@example.org")


# heaplint-todo: it grows by new keys cut out of parsed text, which may repeat (heaplint: unknown)
def internal_links(page_url, hrefs, limit=20, _seen=set()):  # expect: HL101 refuted
    found = 0
    for href in hrefs:
        url = urldefrag(urljoin(page_url, href))[0]
        if urlsplit(url).hostname != SITE:
            continue
        if url in _seen:
            continue
        _seen.add(url)
        yield url
        found += 1
        if found >= limit:
            break


def scenario():
    n = next(_pages)
    page = "https://%s/guide/page-%d.html" % (SITE, n)
    hrefs = NAV + ("https://github.com/example/docs/issues/%d" % n,)
    return sorted(internal_links(page, hrefs), key=len)
