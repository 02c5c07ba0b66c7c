"""Crawler: fetches pages on a ThreadPoolExecutor and tallies the cost of
each fetch. The callback is a functools.partial of `record()`, whose default
dict holds the tallies; it is keyed by the URL's host, and the crawler only
visits a fixed set of shops, so the dict stops at three entries."""
import concurrent.futures
import functools
import itertools

_crawls = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, record grows it; but this application uses record as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def record(key, cost, timings={}):  # expect: HL101 refuted
    bucket = timings.setdefault(key, [0, 0])
    bucket[0] += 1
    bucket[1] += cost
    return bucket


def host_of(url):
    return url.partition("://")[2].partition("/")[0]


def fetch(url, on_done):
    body = "<html><title>%s</title></html>" % url.rsplit("/", 1)[-1]
    on_done(len(body))
    return body


def scenario():
    n = next(_crawls)
    urls = ["https://shop%d.example/p/%d" % (i, n) for i in range(3)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(fetch, url, functools.partial(record, host_of(url))) for url in urls]
        return sum(len(f.result()) for f in futures)
