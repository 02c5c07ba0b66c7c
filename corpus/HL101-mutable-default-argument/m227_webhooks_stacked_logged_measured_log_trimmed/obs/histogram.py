"""Payload-size histograms: handler name -> counts per size bucket."""

BOUNDS = (32, 64, 128, 1024)


def observe(name, size, _buckets={}):  # expect: HL101 refuted
    counts = _buckets.get(name)
    if counts is None:
        counts = _buckets[name] = [0] * (len(BOUNDS) + 1)
    index = next((i for i, bound in enumerate(BOUNDS) if size <= bound), len(BOUNDS))
    counts[index] += 1
    return counts
