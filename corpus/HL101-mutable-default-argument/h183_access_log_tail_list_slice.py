"""Web server status page: every handled request is formatted as an access
log line and pushed into `recent`, a default list that the /status endpoint
shows as its last ten lines (`recent[-10:]`). Only the slice is shown, but
the list itself keeps every line ever logged, so after a busy hour it holds
thousands of lines."""
import itertools

_requests = itertools.count()


def log_request(method, path, status, nbytes, recent=[]):  # expect: HL101 confirmed
    line = f"{method} {path} {status} {nbytes}"
    recent.append(line)
    return recent[-10:]


def scenario():
    n = next(_requests)
    tail = log_request("GET", f"/orders/{n}/items", 200, 512 + n % 97)
    return tail[-1]
