"""Accounts consumer: handle one new signup event per call, plus a heartbeat."""
import itertools

import handlers  # noqa: F401  (registers the handlers)
from registry import dispatch

_events = itertools.count(1)


def scenario():
    n = next(_events)
    event = {"id": f"evt-{n}", "user": f"user{n}@example.com"}
    welcomed = dispatch("signup", event)
    beat = dispatch("heartbeat", {"id": f"hb-{n % 2}"})
    return welcomed, beat
