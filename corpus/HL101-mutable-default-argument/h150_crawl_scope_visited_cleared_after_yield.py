"""Site crawler: crawl_scope() hands the page handler the set of URLs already
visited and empties it after the crawl. A forum link with an impossible port
raises ValueError (.port) in the with block, so the code after the yield never
runs; the caller only logs the error."""
import contextlib
import itertools
from urllib.parse import urljoin, urlsplit

# urlsplit keeps a 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_pages = itertools.count()


@contextlib.contextmanager
# heaplint-todo: the statement at line 18 that takes its items out again ends a generator, after tests heaplint could not decide: where they let it yield first, a consumer that stops taking items never resumes it there (heaplint: unknown)
def crawl_scope(start, visited=set()):  # expect: HL101 confirmed
    visited.add(start)
    yield visited
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
