"""API gateway: keeps a history of handled requests so the health endpoint
can report how many recent ones failed. The history is a default
collections.deque created with maxlen=32, so appending past that drops the
oldest line and the deque stays at thirty-two entries."""
import collections
import itertools

_requests = itertools.count()


def log_request(method, path, status, history=collections.deque(maxlen=32)):  # expect: HL101 refuted
    history.append(f"{method} {path} -> {status}")
    failed = sum(1 for line in history if line.endswith(("500", "503")))
    return f"{failed}/{len(history)} recent requests failed"


def scenario():
    n = next(_requests)
    return log_request("GET", f"/orders/{n}", 503 if n % 9 == 0 else 200)
