"""Uptime checker: each Poller (threading.Thread) probes one URL on its own
thread and appends the outcome to its own `results` list. The `options={}`
default goes to Thread.__init__ as `kwargs=`; Thread keeps that very dict,
but run() calls poll(url, results, **options), which unpacks it into a new
dict, so the attempt log poll() adds lands in a per-call copy and the
default stays empty."""
import itertools
import threading

_checks = itertools.count()


def poll(url, results, **opts):
    opts.setdefault("attempts", []).append(f"GET {url} timeout={opts.get('timeout', 5)}")
    results.append((url, 200 if "healthy" in url else 503, len(opts["attempts"])))


class Poller(threading.Thread):
    def __init__(self, url, options={}):  # expect: HL101 refuted
        self.results = []
        super().__init__(target=poll, args=(url, self.results), kwargs=options,
                         name=f"poll-{url}")


def check(url):
    poller = Poller(url)
    poller.start()
    poller.join()
    return poller.results[0]


def scenario():
    n = next(_checks)
    return check(f"https://svc{n}.example.net/healthy")[1]
