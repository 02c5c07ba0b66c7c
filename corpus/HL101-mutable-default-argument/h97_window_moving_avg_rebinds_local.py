"""Smoothing for a power meter: a moving average over the last 5 seconds of
readings. The new reading is appended to the default `window`, then the
trimmed window is built by a comprehension and bound to the local name only:
the default list itself is never trimmed and keeps every reading."""
import itertools


def moving_average(ts, watts, window=[], span=5.0):  # expect: HL101 confirmed
    window.append((ts, watts))
    cutoff = ts - span
    window = [(t, w) for t, w in window if t >= cutoff]
    return sum(w for _, w in window) / len(window)


class Meter:
    def __init__(self, meter_id):
        self.meter_id = meter_id
        self.last = None

    def feed(self, ts, watts):
        self.last = moving_average(ts, watts)
        return "%s %.1fW" % (self.meter_id, self.last)


meter = Meter("m-17")
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return meter.feed(n * 0.5, 230.0 + (n % 11) * 1.5)
