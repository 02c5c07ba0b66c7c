"""Crawler frontier: URLs are ordered so that top-level domains keep the
order in which they were first seen. The lambda sort key memoises only the
TLD in the dict default, and crawls touch a handful of TLDs, so the memo
stops growing after the first few crawls."""
import itertools

_crawls = itertools.count()


def order_frontier(urls, _first_seen={}):  # expect: HL101 refuted
    def tld(url):
        return url.split("/")[2].lower().rpartition(".")[2]

    return sorted(urls, key=lambda u: (_first_seen.setdefault(tld(u), len(_first_seen)), u))


def scenario():
    n = next(_crawls)
    urls = ["https://shop%d.example.com/p/%d" % (n, i) for i in (3, 1)]
    urls += ["https://blog%d.example.org/post" % n, "https://cdn.example.net/a%d.js" % n]
    return order_frontier(urls)[0]
