"""Crawler politeness: HostThrottle counts the requests sent to each host in
the current crawl job so the fetcher can skip hosts that are already busy.
Every job builds its own throttle, but the Counter default is one object
shared by all of them, and tenant subdomains make every job's hosts new."""
import collections
import itertools
from urllib.parse import urlsplit

# urlsplit keeps its own 128-entry lru_cache: let it fill before measuring.
# oracle: calls=200
_jobs = itertools.count()
LIMIT = 3


class HostThrottle:
    def __init__(self, limit=LIMIT, counts=collections.Counter()):  # expect: HL101 confirmed
        self.limit = limit
        self.counts = counts

    def allow(self, url):
        host = urlsplit(url).hostname or ""
        if self.counts[host] >= self.limit:
            return False
        self.counts[host] += 1
        return True


def scenario():
    n = next(_jobs)
    throttle = HostThrottle()
    urls = ["https://t%d.shop.example/p/%d?page=%d" % (n, n, i) for i in range(5)]
    return [url for url in urls if throttle.allow(url)]
