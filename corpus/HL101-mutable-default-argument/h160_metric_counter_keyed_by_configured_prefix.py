"""Metrics: a counter namespace is chosen by configure() (self.prefix, one
of a few service names). Counts are accumulated in a default dict keyed by
the prefix alone, so however many distinct events arrive, the shared dict
holds at most one entry per service and stops growing."""
import itertools

SERVICES = ("auth", "billing", "search")


class Counter:
    prefix = "app"

    def configure(self, service):
        self.prefix = "svc." + service

    def incr(self, event, _totals={}):  # expect: HL101 refuted
        key = self.prefix
        _totals[key] = _totals.get(key, 0) + len(event)
        return _totals[key]


_events = itertools.count()


def scenario():
    n = next(_events)
    counter = Counter()
    counter.configure(SERVICES[n % 3])
    return counter.incr("request.%d.done" % n)
