"""Structured logging helper: log_line() merges **fields into a `context`
dict that defaults to {} with context.update(fields). It mutates the default,
but every call site passes the same field names (request_id, user, status),
so the default only keeps the latest values of those three keys."""
import itertools
import json

_requests = itertools.count()


def log_line(event, context={}, **fields):  # expect: HL101 refuted
    context.update(fields)
    return json.dumps({"event": event, **context}, sort_keys=True)


def handle_request(request_id, user, path):
    status = 404 if path.endswith("/missing") else 200
    return log_line("request.done", request_id=request_id, user=user, status=status)


def scenario():
    n = next(_requests)
    return handle_request(f"req-{n:08x}", f"user{n % 97}@example.com", f"/orders/{n}")
