"""Collector endpoint: each request ingests one tracking event from the web SDK."""
import itertools

from pipeline import EventPipeline

KINDS = ("page_view", "click", "purchase")
_events = itertools.count()
web = EventPipeline("web-sdk")


def scenario():
    n = next(_events)
    event = {"id": f"evt-{n:08d}", "kind": KINDS[n % 3], "ts": 1700000000 + n}
    return web.process(event)
