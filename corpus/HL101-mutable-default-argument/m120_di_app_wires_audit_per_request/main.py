"""Event ingest: each request records one audited event through the app."""
import itertools

from app import handle

_ids = itertools.count()
EVENTS = ("login", "logout", "export", "delete")


def scenario():
    n = next(_ids)
    return handle(f"req-{n}", EVENTS[n % len(EVENTS)])
