"""Crawler helper: yields the new links of a page, skipping fragment-only duplicates."""
import itertools
import re

HREF = re.compile(r'href="([^"]+)"')


class LinkSet(set):
    def add(self, url):
        super().add(url.partition("#")[0])

    def __contains__(self, url):
        return super().__contains__(url.partition("#")[0])


def _absolute(base, href):
    if href.startswith(("http://", "https://")):
        return href
    return base.rstrip("/") + "/" + href.lstrip("/")


# heaplint-todo: whether the regex finds links in the page and whether each is new are tests on text the model does not know (heaplint: unknown)
def new_links(base, html, seen=LinkSet()):  # expect: HL101 confirmed
    for match in HREF.finditer(html):
        url = _absolute(base, match.group(1))
        if url not in seen:
            seen.add(url)
            yield url
    seen.clear()


_pages = itertools.count()


def scenario():
    n = next(_pages)
    base = f"https://docs.example.org/guide/{n}/"
    html = f'<a href="intro.html#top">Intro</a> <a href="intro.html">Intro</a> <a href="https://docs.example.org/guide/{n + 1}/">Next</a>'
    return next(new_links(base, html), None)
