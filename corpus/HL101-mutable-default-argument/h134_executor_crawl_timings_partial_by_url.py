"""Crawler: fetches pages on a ThreadPoolExecutor and tallies the cost of
each fetch. The callback is a functools.partial of `record()`, whose default
dict holds the tallies; it is keyed by the full page URL, so every page ever
crawled keeps an entry."""
import concurrent.futures
import functools
import itertools

_crawls = itertools.count()


def record(key, cost, timings={}):  # expect: HL101 confirmed
    bucket = timings.setdefault(key, [0, 0])
    bucket[0] += 1
    bucket[1] += cost
    return bucket


def fetch(url, on_done):
    body = "<html><title>%s</title></html>" % url.rsplit("/", 1)[-1]
    on_done(len(body))
    return body


def scenario():
    n = next(_crawls)
    urls = ["https://shop%d.example/p/%d" % (i, n) for i in range(3)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(fetch, url, functools.partial(record, url)) for url in urls]
        return sum(len(f.result()) for f in futures)
