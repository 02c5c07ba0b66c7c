"""Web worker: each request signs up one new user."""
import itertools

from handlers import handle_signup

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return handle_signup(f"req-{n}", f"user{n}@example.com")
