"""Metrics agent: `collector()` is a send()-driven coroutine that buffers
samples in its default list and flushes them to the exporter when it is sent
None. Each scrape sends None as its last sample before close(), so the
flush branch empties the buffer and the shared list holds nothing between
scrapes."""
import itertools

_scrapes = itertools.count()


def collector(export, pending=[]):  # expect: HL101 refuted
    while True:
        sample = yield len(pending)
        if sample is None:
            export(list(pending))
            pending.clear()
        else:
            pending.append(sample)


def scrape(host, values):
    exported = []
    pipe = collector(exported.append)
    next(pipe)
    for name, value in values:
        pipe.send(("%s.%s" % (host, name), value))
    pipe.send(None)
    pipe.close()
    return len(exported)


def scenario():
    n = next(_scrapes)
    return scrape("node-%d" % n, [("cpu", n % 100 / 100), ("mem", n * 4096), ("disk", n * 3)])
