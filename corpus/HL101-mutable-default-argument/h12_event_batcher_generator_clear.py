"""Telemetry: a generator groups events in threes using a default buffer; leftovers carry over but the buffer is cleared at three."""
import itertools


def batches(events, buf=[]):  # expect: HL101 refuted
    for event in events:
        buf.append(event)
        if len(buf) == 3:
            yield tuple(buf)
            buf.clear()


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    events = [f"evt-{n}-{i}" for i in range(5)]
    return sum(len(b) for b in batches(events))
