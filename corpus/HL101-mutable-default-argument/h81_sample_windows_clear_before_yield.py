"""Fixed-size sample windows for a streaming signal front end; the first window drives the preview."""
import itertools
import math


def windows(samples, size, pending=[]):  # expect: HL101 refuted
    for x in samples:
        pending.append(x)
        if len(pending) == size:
            window = tuple(pending)
            pending.clear()
            yield window
    if pending:
        window = tuple(pending) + (0.0,) * (size - len(pending))
        pending.clear()
        yield window


def rms(window):
    return math.sqrt(math.fsum(x * x for x in window) / len(window))


def zero_crossings(window):
    return sum(1 for a, b in zip(window, window[1:]) if (a < 0) != (b < 0))


def preview(samples, size=8):
    first = next(windows(samples, size))
    return {"rms": round(rms(first), 6), "crossings": zero_crossings(first)}


_chunks = itertools.count()


def scenario():
    n = next(_chunks)
    samples = [math.sin(0.7 * (n * 20 + i)) for i in range(20)]
    return preview(samples)
