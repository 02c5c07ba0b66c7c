"""Per-client sliding-window rate limiter: each client IP has a deque of hit
times in a default `defaultdict(deque)`. Every check expires old hits from all
buckets and then deletes the buckets that became empty, so the dict only holds
the clients seen within the last second."""
import itertools
from collections import defaultdict, deque


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 12 (heaplint: unknown)
def allow(client, now, limit=5, per=1.0, _hits=defaultdict(deque)):  # expect: HL101 refuted
    cutoff = now - per
    for hits in _hits.values():
        while hits and hits[0] <= cutoff:
            hits.popleft()
    for idle in [key for key, hits in _hits.items() if not hits]:
        del _hits[idle]
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
