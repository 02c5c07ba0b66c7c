"""App server: the middleware chain comes from dotted names in the settings."""
import itertools

from webstack.pipeline import build_chain, handle

_requests = itertools.count()

MIDDLEWARE = [
    "webstack.middleware.timing.TimingMiddleware",
    "webstack.middleware.session.SessionMiddleware",
]
CHAIN = build_chain(MIDDLEWARE)


def scenario():
    n = next(_requests)
    request = {"path": f"/cart/{n}", "session": f"sess-{n:08x}", "user": n % 50}
    return handle(CHAIN, request)
