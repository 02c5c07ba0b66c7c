"""API gateway: sliding-window rate limit per process; timestamps older than the window are dropped."""
import itertools

WINDOW = 5_000  # milliseconds
LIMIT = 1000


def allow(client, now, window=WINDOW, _hits=[]):  # expect: HL101 confirmed
    while _hits and _hits[0][0] <= now - window:
        _hits.pop(0)
    recent = sum(1 for _, who in _hits if who == client)
    if recent >= LIMIT:
        return False
    _hits.append((now, client))
    return True


def handle(request_id, client, clock):
    if not allow(client, clock):
        return 429, f"slow down {client}"
    return 200, f"ok {request_id}"


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return handle(f"req-{n}", f"key-{n % 11}", n * 0.25)
