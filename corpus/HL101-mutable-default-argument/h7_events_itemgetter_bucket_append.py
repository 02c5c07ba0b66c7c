"""Event router: the bucket for a fixed event kind is fetched with operator.itemgetter; the keys are bounded, the lists are not."""
import itertools
import operator

KINDS = ("click", "view", "buy")


def route(kind, event, buckets={"click": [], "view": [], "buy": []}):  # expect: HL101 confirmed
    operator.itemgetter(kind)(buckets).append(event)
    return {k: len(v) for k, v in buckets.items()}


_events = itertools.count()


def scenario():
    n = next(_events)
    route(KINDS[n % len(KINDS)], {"id": n, "path": f"/p/{n}"})
