"""Per-client rate limiter; the window table evicts its oldest client past 32."""
import itertools


def allow(client_id, now, *, windows={}, limit=10):  # expect: HL101 refuted
    hits = windows.get(client_id)
    if hits is None:
        if len(windows) >= 32:
            windows.pop(next(iter(windows)))
        hits = windows[client_id] = []
    hits[:] = [t for t in hits if now - t < 60.0]
    if len(hits) >= limit:
        return False
    hits.append(now)
    return True


_clock = itertools.count()


def scenario():
    n = next(_clock)
    allow(f"client-{n}", n * 0.5)
