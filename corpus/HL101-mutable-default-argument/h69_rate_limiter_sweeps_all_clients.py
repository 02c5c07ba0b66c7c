"""API gateway: sliding-window rate limiting keyed by client address."""
import collections
import itertools

WINDOW_SECONDS = 30.0
MAX_REQUESTS = 20


# heaplint-todo: the sweep's removals depend on a test heaplint cannot evaluate (unknown, not refuted)
def allow_request(client, now, hits=collections.defaultdict(collections.deque)):  # expect: HL101 refuted
    cutoff = now - WINDOW_SECONDS
    for key in list(hits):
        window = hits[key]
        while window and window[0] <= cutoff:
            window.popleft()
        if not window:
            del hits[key]
    window = hits[client]
    if len(window) >= MAX_REQUESTS:
        return False
    window.append(now)
    return True


def handle(environ, now):
    client = environ.get("HTTP_X_REAL_IP") or environ["REMOTE_ADDR"]
    if not allow_request(client, now):
        return "429 Too Many Requests", [("Retry-After", str(int(WINDOW_SECONDS)))]
    return "200 OK", [("Content-Type", "application/json")]


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    environ = {"REMOTE_ADDR": f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}", "PATH_INFO": "/v1/quote"}
    return handle(environ, now=1_700_000_000.0 + n * 4.0)
