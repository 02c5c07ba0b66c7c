"""Web server status page: every handled request is formatted as an access
log line and pushed into `recent`, a default ring buffer that the /status
endpoint shows as its last ten lines. The deque has maxlen=10, so each new
line pushes the oldest one out and the buffer never holds more than ten."""
import collections
import itertools

_requests = itertools.count()


def log_request(method, path, status, nbytes, recent=collections.deque(maxlen=10)):  # expect: HL101 refuted
    line = f"{method} {path} {status} {nbytes}"
    recent.append(line)
    return list(recent)[-10:]


def scenario():
    n = next(_requests)
    tail = log_request("GET", f"/orders/{n}/items", 200, 512 + n % 97)
    return tail[-1]
