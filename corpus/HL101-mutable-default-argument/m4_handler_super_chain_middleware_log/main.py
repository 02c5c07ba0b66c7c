"""API endpoint: every request goes through the authenticated JSON handler."""
import itertools

from web.handlers import AuthJsonHandler

_requests = itertools.count()
HANDLER = AuthJsonHandler()


def scenario():
    n = next(_requests)
    return HANDLER.handle({"path": f"/api/orders/{n}", "user": f"u{n % 7}"})
