"""Signal receivers; modules register at import time with @receiver."""
from collections import namedtuple

Event = namedtuple("Event", "kind user session ts")

RECEIVERS = []


def receiver(fn):
    RECEIVERS.append(fn)
    return fn
