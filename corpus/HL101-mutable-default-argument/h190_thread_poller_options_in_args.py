"""Uptime checker: each Poller (threading.Thread) probes one URL on its own
thread and appends the outcome to its own `results` list. The `options={}`
default goes to Thread.__init__ inside the `args=` tuple; Thread keeps the
tuple and poll() receives the very dict, so the attempt log it adds with
setdefault() lives in the default and gains one line per check, forever."""
import itertools
import threading

_checks = itertools.count()


def poll(url, results, opts):
    opts.setdefault("attempts", []).append(f"GET {url} timeout={opts.get('timeout', 5)}")
    results.append((url, 200 if "healthy" in url else 503, len(opts["attempts"])))


class Poller(threading.Thread):
    def __init__(self, url, options={}):  # expect: HL101 confirmed
        self.results = []
        super().__init__(target=poll, args=(url, self.results, options),
                         name=f"poll-{url}")


def check(url):
    poller = Poller(url)
    poller.start()
    poller.join()
    return poller.results[0]


def scenario():
    n = next(_checks)
    return check(f"https://svc{n}.example.net/healthy")[1]
