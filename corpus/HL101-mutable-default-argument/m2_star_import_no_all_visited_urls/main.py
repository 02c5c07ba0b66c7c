"""Site crawler: each fetched page yields links filtered with should_visit (from `from crawlutil import *`)."""
import itertools

from crawlutil import *  # noqa: F403

_pages = itertools.count()


def crawl_page(page_url, hrefs):
    links = (normalize_url(page_url, h) for h in hrefs)  # noqa: F405
    return [u for u in links if should_visit(u)]  # noqa: F405


def scenario():
    n = next(_pages)
    return crawl_page(f"https://docs.example.com/p/{n}/", ["../index.html", f"./s{n}#top", f"./s{n}"])
