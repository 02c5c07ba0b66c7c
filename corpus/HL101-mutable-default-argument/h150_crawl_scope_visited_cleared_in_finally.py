"""Site crawler: crawl_scope() hands the page handler the set of visited URLs.
A forum link with an impossible port raises ValueError (.port) in the with
block, and a finally clause empties the set on that path as on every other."""
import contextlib
import itertools
from urllib.parse import urljoin, urlsplit

# urlsplit keeps a 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_pages = itertools.count()


@contextlib.contextmanager
def crawl_scope(start, visited=set()):  # expect: HL101 refuted
    visited.add(start)
    try:
        yield visited
    finally:
        visited.clear()


def crawl_page(start, hrefs):
    found = []
    with crawl_scope(start) as visited:
        for href in hrefs:
            url = urljoin(start, href)
            if url in visited or urlsplit(url).port not in (None, 80, 443):
                continue
            visited.add(url)
            found.append(url)
    return found


def scenario():
    n = next(_pages)
    hrefs = ["/t/%d" % n, "/t/%d?page=2" % n, "//cdn.example:99999/x.png", "/t/%d" % n]
    try:
        return crawl_page("https://forum.example/t/%d" % n, hrefs)
    except ValueError:
        return None
