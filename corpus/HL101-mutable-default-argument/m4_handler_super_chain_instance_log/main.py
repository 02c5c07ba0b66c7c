"""API endpoint: each request builds its own handler (one per request, as a class-based view does)."""
import itertools

from web.handlers import AuthJsonHandler

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return AuthJsonHandler().handle({"path": f"/api/orders/{n}", "user": f"u{n % 7}"})
