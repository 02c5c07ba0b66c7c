"""Per-client sliding-window rate limiter: each client IP has a deque of hit
times in a default `defaultdict(deque)`. Every check expires old hits from all
buckets, but never deletes the buckets that became empty, so each client that
ever called leaves an empty deque behind under its key."""
import itertools
from collections import defaultdict, deque


def allow(client, now, limit=5, per=1.0, _hits=defaultdict(deque)):  # expect: HL101 confirmed
    cutoff = now - per
    for hits in _hits.values():
        while hits and hits[0] <= cutoff:
            hits.popleft()
    hits = _hits[client]
    if len(hits) >= limit:
        return False
    hits.append(now)
    return True


class Gateway:
    policy = {"limit": 3, "per": 1.0}

    def handle(self, client, now, **overrides):
        if not allow(client, now, **{**self.policy, **overrides}):
            return 429
        return 200


gateway = Gateway()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return gateway.handle("198.51.%d.%d" % (n // 256 % 256, n % 256), n * 0.4)
