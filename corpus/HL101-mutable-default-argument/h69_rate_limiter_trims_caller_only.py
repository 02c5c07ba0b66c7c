"""API gateway: sliding-window rate limiting keyed by client address."""
import collections
import itertools

WINDOW_SECONDS = 30.0
MAX_REQUESTS = 20


def allow_request(client, now, hits=collections.defaultdict(collections.deque)):  # expect: HL101 confirmed
    cutoff = now - WINDOW_SECONDS
    window = hits[client]
    while window and window[0] <= cutoff:
        window.popleft()
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
