"""Crawler frontier: URLs are ordered so that hosts keep the order in which
they were first seen. The lambda sort key memoises each full host name in
the dict default; every crawl brings new hosts, so the memo keeps growing."""
import itertools

_crawls = itertools.count()


def order_frontier(urls, _first_seen={}):  # expect: HL101 confirmed
    def host(url):
        return url.split("/")[2].lower()

    return sorted(urls, key=lambda u: (_first_seen.setdefault(host(u), len(_first_seen)), u))


def scenario():
    n = next(_crawls)
    urls = ["https://shop%d.example.com/p/%d" % (n, i) for i in (3, 1)]
    urls += ["https://blog%d.example.org/post" % n, "https://cdn.example.net/a%d.js" % n]
    return order_frontier(urls)[0]
