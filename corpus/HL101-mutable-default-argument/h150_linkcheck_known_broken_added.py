"""Docs build link checker: check_links() resolves one page's hrefs and yields
the broken ones, adding each broken target to a set default so later pages
skip the lookup. Every versioned build has its own URLs, so it only grows."""
import itertools
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

# urljoin keeps urlsplit's 128-entry lru_cache busy: let it fill first.
# oracle: calls=200
_builds = itertools.count()
MAX_BROKEN = 5


@dataclass
class Broken:
    page: str
    target: str


# heaplint-todo: it grows by new keys cut out of parsed text, which may repeat (heaplint: unknown)
def check_links(page, hrefs, exists, known_broken=set()):  # expect: HL101 confirmed
    for href in hrefs:
        if href.startswith(("mailto:", "#")):
            continue
        target, _fragment = urldefrag(urljoin(page, href))
        if target in known_broken or not exists(target):
            known_broken.add(target)
            yield Broken(page, target)


def scenario():
    n = next(_builds)
    pages = {"https://docs.example/v%d/%s" % (n, p) for p in ("index.html", "api.html")}
    hrefs = ["api.html#intro", "#top", "changes.html", "mailto:docs@example.org", "../v%d/faq.html" % n]
    report = []
    for page in sorted(pages):
        for broken in check_links(page, hrefs, pages.__contains__):
            report.append(broken)
            if len(report) >= MAX_BROKEN:
                break
    return report
