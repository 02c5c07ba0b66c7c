"""HTTP client: a RedirectTracker context manager records a redirect chain to
report loops in a list default that __exit__ empties only when a request fails."""
import itertools
from urllib.parse import urljoin

_ids = itertools.count()


class RedirectTracker:
    # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 17, 30 (heaplint: unknown)
    def __init__(self, max_redirects=10, chain=[]):  # expect: HL101 confirmed
        self.max_redirects, self.chain = max_redirects, chain

    def __enter__(self):
        return self

    def visit(self, url):
        if url in self.chain:
            raise RuntimeError("redirect loop: " + " -> ".join(self.chain + [url]))
        self.chain.append(url)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.chain.clear()


def fetch(url, responses):
    with RedirectTracker() as tracker:
        for hop in range(tracker.max_redirects):
            tracker.visit(url)
            status, location = responses.get(url, (200, None))
            if status not in (301, 302, 303, 307, 308):
                return status, url, hop
            url = urljoin(url, location)
        raise RuntimeError("more than %d redirects: %s" % (tracker.max_redirects, url))


def scenario():
    n = next(_ids)
    start, secure = "http://example.org/go/%d" % n, "https://example.org/go/%d" % n
    return fetch(start, {start: (301, secure), secure: (302, "/landing?from=go-%d" % n)})
