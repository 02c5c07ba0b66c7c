"""Analytics collector: a callable router files event ids under their type in a default dict."""
import itertools


class EventRouter:
    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, event, buckets={}):  # expect: HL101 confirmed
        kind = f"{self.prefix}.{event['type']}"
        if kind not in buckets:
            buckets[kind] = []
        buckets[kind].append(event["id"])
        return len(buckets[kind])


route = EventRouter("web")
_events = itertools.count()


def scenario():
    n = next(_events)
    route({"type": ("click", "view", "scroll")[n % 3], "id": f"evt-{n:08d}"})
