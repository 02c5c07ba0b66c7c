"""middleware: a logical request clock, and cache pruning before each handler."""
import itertools

from cachekit import invalidate

_ticks = itertools.count(1)


def handle(request, handler):
    now = float(next(_ticks))  # one tick per request keeps the replay deterministic
    invalidate.prune(now)
    return handler(request, now)
