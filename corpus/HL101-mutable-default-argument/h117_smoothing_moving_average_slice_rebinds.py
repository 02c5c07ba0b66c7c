"""Sensor smoothing: moving_average() carries the last `window` readings
across batches in a list default, skipping NaN gaps and stopping at the end
marker. The trim `recent = recent[-window:]` rebinds the local name to a
copy, so the default itself gains one reading per batch and is never cut."""
import itertools
import math

_batches = itertools.count()
END = object()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 15, 17 (heaplint: unknown)
def moving_average(readings, window=4, recent=[]):  # expect: HL101 confirmed
    averages = []
    for x in readings:
        if x is END:
            break
        if math.isnan(x):
            continue
        recent.append(x)
        if len(recent) > window:
            recent = recent[-window:]
        averages.append(sum(recent) / len(recent))
    return averages


def make_smoother(window):
    return lambda batch: moving_average(batch, window)


smooth = make_smoother(3)


def scenario():
    n = next(_batches)
    batches = [[n + 0.5, math.nan, n * 1.25 + ch, END, 99.0] for ch in range(3)]
    return [round(avg, 3) for batch in batches for avg in smooth(batch)]
