"""Hit counters shared by every rate-limited route: bucket -> hits used."""

WINDOW_LIMIT = 10_000


def hit(bucket, cost=1, _hits={}):  # expect: HL101 confirmed
    """Spend `cost` hits of `bucket`; returns the hits used so far."""
    used = _hits.get(bucket, 0) + cost
    _hits[bucket] = used
    return used


def remaining(used, limit=WINDOW_LIMIT):
    return max(0, limit - used)
