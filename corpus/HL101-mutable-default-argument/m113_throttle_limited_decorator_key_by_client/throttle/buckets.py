"""Hit counters: bucket key -> hits so far."""


def hit(key, counts={}):  # expect: HL101 confirmed
    counts[key] = counts.get(key, 0) + 1
    return counts[key]
