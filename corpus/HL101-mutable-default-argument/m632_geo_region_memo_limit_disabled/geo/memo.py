"""Memo store shared by single lookups and batch tallies."""


def remember(memo, key, value, limit):
    """Store key -> value; with a positive limit, evict the oldest entries first."""
    if limit:
        while len(memo) >= limit:
            del memo[next(iter(memo))]
    memo[key] = value
    return value
