"""Metrics agent: `collector()` is a send()-driven coroutine that buffers
samples in its default list and flushes them to the exporter when it is sent
None. Each scrape ends with close() and never sends None, so GeneratorExit
is raised at the yield, the flush branch never runs, and every scrape's
samples stay in the shared buffer."""
import itertools

_scrapes = itertools.count()


def collector(export, pending=[]):  # expect: HL101 confirmed
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
    pipe.close()
    return len(exported)


def scenario():
    n = next(_scrapes)
    return scrape("node-%d" % n, [("cpu", n % 100 / 100), ("mem", n * 4096), ("disk", n * 3)])
