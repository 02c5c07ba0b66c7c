"""API gateway: keeps a history of handled requests so the health endpoint
can report how many recent ones failed. The history is a default
collections.deque created without maxlen, so nothing is ever dropped and
every request line stays in it."""
import collections
import itertools

_requests = itertools.count()


def log_request(method, path, status, history=collections.deque()):  # expect: HL101 confirmed
    history.append(f"{method} {path} -> {status}")
    failed = sum(1 for line in history if line.endswith(("500", "503")))
    return f"{failed}/{len(history)} recent requests failed"


def scenario():
    n = next(_requests)
    return log_request("GET", f"/orders/{n}", 503 if n % 9 == 0 else 200)
