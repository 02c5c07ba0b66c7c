"""Docs build link checker: check_links() resolves the hrefs of one page
against the page URL and yields the broken ones. A set default lists hrefs
that are never checked (generated pages that only exist after deployment);
it is only read, and broken targets go to the caller's report."""
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


def check_links(page, hrefs, exists, skip={"genindex.html", "search.html"}):  # expect: HL101 refuted
    for href in hrefs:
        if href.startswith(("mailto:", "#")) or href in skip:
            continue
        target, _fragment = urldefrag(urljoin(page, href))
        if not exists(target):
            yield Broken(page, target)


def scenario():
    n = next(_builds)
    pages = {"https://docs.example/v%d/%s" % (n, p) for p in ("index.html", "api.html")}
    hrefs = ["api.html#intro", "#top", "changes.html", "search.html", "../v%d/faq.html" % n]
    report = []
    for page in sorted(pages):
        for broken in check_links(page, hrefs, pages.__contains__):
            report.append(broken)
            if len(report) >= MAX_BROKEN:
                break
    return report
