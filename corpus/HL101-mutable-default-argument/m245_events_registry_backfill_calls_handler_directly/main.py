"""Accounts consumer: handle one new signup event per call, plus a heartbeat."""
import itertools

import handlers
from registry import dispatch

_events = itertools.count(1)


def scenario():
    n = next(_events)
    event = {"id": f"evt-{n}", "user": f"user{n}@example.com"}
    welcomed = handlers.on_signup(event)  # backfill: replayed, no dedupe
    beat = dispatch("heartbeat", {"id": f"hb-{n % 2}"})
    return welcomed, beat
